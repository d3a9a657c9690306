#!/usr/bin/env node
// `npm version` runs this (the "version" script): manifest.xml's <Version> follows package.json,
// so the development manifest and the production build agree.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { manifestVersion } = require('./manifest.js');

const root = path.join(__dirname, '..');
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const file = path.join(root, 'manifest.xml');
const xml = fs.readFileSync(file, 'utf8');
const updated = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
if (updated !== xml) fs.writeFileSync(file, updated);
process.stdout.write(`manifest.xml version ${manifestVersion(version)}\n`);
