"""The editor's desk: `checker serve --store DIR`, a local web application over a store's findings.

Editors triage findings there: narrow them by facets (kind, label, severity, review status,
outlet, cited source or speaker, what is counted, month), read each finding's sides with every
claim in its paragraph, and keep a verdict (open, confirmed, false alarm, fixed) with a note,
their name and the time, in the store's ``reviews.sqlite`` (`checker.review`). A view is its URL,
so a link shows a colleague the same findings. Modules: `view` (what a page shows, from a run and
a query), `exports` (CSV, JSON, ClaimReview JSON-LD), `app` (the Starlette routes), `server`
(uvicorn). Starlette and uvicorn come with ``pip install 'checker[serve]'`` (`make install` has them).
"""
