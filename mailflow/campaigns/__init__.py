"""Organisers' follow-ups to the people registered for an event (issue 12).

Modules, in the order a campaign travels through them:

- ``model``: the boundary dataclasses (what is asked, what is reported).
- ``templating``: the organiser's subject and body as sandboxed Jinja2, with the
  documented variables; an unknown name is an error before anything is sent.
- ``audience``: who is in it (event, sessions, status, exclusions) and recording
  each (campaign, person) before sending: the exactly-once ledger.
- ``compose``: one campaign's mail, rendered once, personalised per recipient.
- ``delivery``: claim due recipients, send over parallel connections at the
  configured rate, record each outcome.
- ``schedule``: when a campaign or one session's share of it is due.
- ``runner``: the task ``serve`` runs beside the sender.
- ``optout``: unsubscribe tokens, opt-outs, bounced addresses.
- ``late``: registrations after a campaign went out receive it too.
- ``service``: the use cases (create, preview, test, schedule, send, status)
  that the CLI calls and the web pages will call.
"""
