"""Events handed over with their store built (`with_store`): what the window's loader does on its worker."""
from __future__ import annotations

import pickle

import numpy as np

from tests.ui.conftest import make_sample_timeline
from timeline_app.core.event_store import EventStore, StoredEvents, with_store


def test_the_store_comes_built_with_the_events_and_answers_as_a_fresh_build():
    timeline = make_sample_timeline()
    ready = with_store(timeline)
    events = ready.events
    assert isinstance(events, StoredEvents)
    built = events.store()
    assert built is events.store()  # built once, on the caller's thread, not again per call
    fresh = EventStore.build(timeline)
    for name in ("starts", "ends", "precision", "starred", "flags", "mention_ptr", "mention_doc", "mention_span",
                 "text_ptr", "source_counts"):
        assert np.array_equal(getattr(built, name), getattr(fresh, name)), name
    assert built.text == fresh.text and built.document_ids == fresh.document_ids


def test_stored_events_are_the_timeline_s_events_in_every_other_way():
    timeline = make_sample_timeline()
    ready = with_store(timeline)
    assert ready == timeline  # the same documents, events and problems
    assert ready.events == timeline.events and list(ready.events) == list(timeline.events)
    assert ready.events[1:3] == timeline.events[1:3]
    # Pickled (the timeline cache, a project job's result) as the plain tuple: the store and its lock stay behind.
    again = pickle.loads(pickle.dumps(ready.events))
    assert type(again) is tuple and again == timeline.events


def test_a_timeline_without_events_or_with_its_own_store_is_kept_as_it_is():
    from timeline_app.core.model import Timeline

    empty = Timeline()
    assert with_store(empty).events == ()
    ready = with_store(make_sample_timeline())
    assert with_store(ready) is ready
