"""Who is learning: the current learner every screen follows, and the dialogs and choosers that
switch it (with a PIN) or add a learner."""
