"""A minimal client of Streamlit's websocket protocol: one student's tab without a browser.

Why: 30 headless Chromium tabs on the server's own 2 cores measure the browsers starving each
other (bench/load.py --client browser: most of the CPU went to the renderers), not the server a
class would share. This client speaks what the page's JavaScript speaks (BackMsg protobufs over
/_stcore/stream; ForwardMsg deltas back) and does nothing else, so nearly all the CPU left is the
server's. Browser-side work (frames player scrubbing, hover previews) never reaches the server and
is measured in a real browser instead (bench/latency.py).

    session = StreamlitSession(port)
    await session.open()
    run = await session.run(page_name="ae_vs_vae")        # a page load: RunResult(seconds, ...)
    await session.click_component("latent_explorer", "clicked", {"model": "ae", "x": 1.0, "y": -2.0, "index": -1})
    await session.click_button("new_samples")
"""
from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field

from streamlit.components.v2.bidi_component.main import _make_trigger_id
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.asyncio.client import connect

FINISHED = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY,
            ForwardMsg.FINISHED_WITH_COMPILE_ERROR}


@dataclass
class Element:
    id: str  # the widget id the server gave it ("$$ID-<hash>-<key>")
    fragment_id: str  # "" outside a fragment


@dataclass
class RunResult:
    seconds: float  # send -> script_finished (the last one, after any reruns the script asked for)
    exceptions: list[str] = field(default_factory=list)  # st.exception boxes the run drew
    deltas: int = 0


class StreamlitSession:
    def __init__(self, port: int, host: str = "127.0.0.1"):
        self.url, self.origin = f"ws://{host}:{port}/_stcore/stream", f"http://{host}:{port}"
        self.websocket = None
        self.page_script_hash = ""
        self.elements: dict[str, Element] = {}  # user key -> element, from the last runs' deltas
        self.widget_states: dict[str, WidgetState] = {}  # what the tab would send back: the widgets' values

    async def open(self) -> None:
        self.websocket = await connect(self.url, subprotocols=["streamlit"], origin=self.origin, max_size=None,
                                       open_timeout=60, ping_interval=None)

    async def close(self) -> None:
        if self.websocket is not None:
            await self.websocket.close()

    async def run(self, page_name: str = "", fragment_id: str = "", extra: list[WidgetState] | None = None,
                  timeout: float = 120.0) -> RunResult:
        """Send one rerun request (a page load when page_name is given) and read until the script
        has finished. Trigger values in `extra` are sent once, as the browser does."""
        message = BackMsg()
        state = message.rerun_script
        state.page_name = page_name
        state.page_script_hash = "" if page_name else self.page_script_hash
        state.fragment_id = fragment_id
        for widget in [*self.widget_states.values(), *(extra or [])]:
            state.widget_states.widgets.append(widget)
        started = time.perf_counter()
        await self.websocket.send(message.SerializeToString())
        result = RunResult(0.0)
        while True:
            forward = ForwardMsg()
            forward.ParseFromString(await asyncio.wait_for(self.websocket.recv(), timeout))
            kind = forward.WhichOneof("type")
            if kind == "navigation" and forward.navigation.page_script_hash:
                self.page_script_hash = forward.navigation.page_script_hash  # the page st.navigation ran: reruns stay on it
            elif kind == "delta":
                result.deltas += 1
                self._read_delta(forward, result)
            elif kind == "script_finished" and forward.script_finished in FINISHED:
                result.seconds = time.perf_counter() - started
                return result

    def _read_delta(self, forward: ForwardMsg, result: RunResult) -> None:
        delta = forward.delta
        if delta.WhichOneof("type") != "new_element":
            return
        element_type = delta.new_element.WhichOneof("type")
        element = getattr(delta.new_element, element_type)
        if element_type == "exception":
            result.exceptions.append(f"{element.type}: {element.message}"[:300])
        widget_id = getattr(element, "id", "")
        if isinstance(widget_id, str) and widget_id.startswith("$$ID-"):
            key = widget_id.split("-", 2)[2]
            self.elements[key] = Element(widget_id, delta.fragment_id)

    async def click_button(self, key: str) -> RunResult:
        """st.button(key=...): a trigger, sent once (inside its fragment when it is in one)."""
        element = self.elements[key]
        return await self.run(fragment_id=element.fragment_id, extra=[WidgetState(id=element.id, trigger_value=True)])

    async def click_component(self, key: str, event: str, value: object) -> RunResult:
        """A components-v2 trigger (e.g. a latent plane's "clicked"), as the component's JS sends it."""
        element = self.elements[key]
        trigger = WidgetState(id=_make_trigger_id(element.id, "events"),
                              json_trigger_value=json.dumps([{"event": event, "value": value}]))
        return await self.run(fragment_id=element.fragment_id, extra=[trigger])

    async def set_widget(self, key: str, **value) -> RunResult:
        """A widget's new value (e.g. double_value=3.5 for a slider), kept for later runs as the tab would."""
        element = self.elements[key]
        self.widget_states[key] = WidgetState(id=element.id, **value)
        return await self.run(fragment_id=element.fragment_id)
