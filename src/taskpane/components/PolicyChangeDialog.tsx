import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { Profile } from '../../core';

export interface PolicyChangeDialogProps {
  open: boolean;
  current: Profile;
  next: Profile | undefined;
  onChange: () => void;
  onKeep: () => void;
}

/** Asks before the document's policy changes: it changes the checks and the sign-off checklist too. */
export function PolicyChangeDialog({ open, current, next, onChange, onKeep }: PolicyChangeDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onKeep()}>
      <DialogSurface aria-describedby="policy-change-text">
        <DialogBody>
          <DialogTitle>Change the policy for this document?</DialogTitle>
          <DialogContent id="policy-change-text">
            The checks and the sign-off checklist will follow {next?.name ?? ''} instead of {current.name}. The choice is saved in the document, so whoever opens it next
            sees the same policy.
          </DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={onChange}>
              Change policy
            </Button>
            <Button onClick={onKeep}>Keep {current.name}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
