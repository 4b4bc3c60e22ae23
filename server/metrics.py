"""Prometheus metrics: counters kept by each process, and figures read from the database when
`/metrics` is scraped.

Counters (HTTP requests, inbox results, delivery attempts) live in the process that counts them.
`polder serve --workers N` points all its processes (web and delivery worker) at one folder with
prometheus_client's multiprocess mode (`PROMETHEUS_MULTIPROC_DIR`), so that every scrape sums
them all, whichever web process answers. Queue depth and age and the failures of remote
instances are read from the database at scrape time, so they are right across processes and
machines (separate `polder worker` processes included).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from prometheus_client import (
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector

# `*_created` series double the output and say only when this process started counting.
disable_created_metrics()
MULTIPROCESS_ENV = "PROMETHEUS_MULTIPROC_DIR"
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

HTTP_REQUESTS = Counter(
    "polder_http_requests",
    "HTTP requests answered, by route template and status.",
    ["method", "route", "status"],
)
HTTP_DURATION = Histogram(
    "polder_http_request_duration_seconds",
    "Time to answer an HTTP request, by route template.",
    ["route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
INBOX_ACTIVITIES = Counter(
    "polder_inbox_activities",
    "Activities posted to an inbox: accepted (stored), duplicate, or refused with a reason.",
    ["result", "status", "reason"],
)
DELIVERY_ATTEMPTS = Counter(
    "polder_delivery_attempts",
    "Delivery attempts by outcome (done, retry, dead), counted by the process that delivered.",
    ["outcome"],
)


def count_inbox(result: str, status: int, reason: str = "") -> None:
    INBOX_ACTIVITIES.labels(result=result, status=str(status), reason=reason).inc()


def count_delivery(outcome: str) -> None:
    DELIVERY_ATTEMPTS.labels(outcome=outcome).inc()


def count_request(method: str, route: str, status: int, seconds: float) -> None:
    HTTP_REQUESTS.labels(method=method, route=route, status=str(status)).inc()
    HTTP_DURATION.labels(route=route).observe(seconds)


def prepare_multiprocess_folder(folder: Path) -> None:
    """Empty `folder` and point this process and its children at it. Called by the parent of
    `polder serve --workers N` before it starts any child: the children import
    prometheus_client with the variable set, which switches it to multiprocess mode."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    os.environ[MULTIPROCESS_ENV] = str(folder)


# Figures from the database ------------------------------------------------------------------


@dataclass(frozen=True)
class QueueFigures:
    name: str  # "delivery" or "inbox"
    counts: dict[str, int]  # state → rows
    oldest_due_seconds: float


@dataclass(frozen=True)
class InstanceFigures:
    host: str
    failures: int
    unreachable: bool


class _Fixed(Collector):
    """Hands out metrics computed before the scrape (collectors cannot await queries)."""

    def __init__(self, metrics: list[Metric]) -> None:
        self._metrics = metrics

    def collect(self) -> Iterable[Metric]:
        return self._metrics


def _database_metrics(
    queues: Iterable[QueueFigures], instances: Iterable[InstanceFigures]
) -> list[Metric]:
    depth = GaugeMetricFamily(
        "polder_queue_jobs", "Jobs in a queue by state (read from the database).",
        labels=["queue", "state"],
    )  # fmt: skip
    age = GaugeMetricFamily(
        "polder_queue_oldest_due_seconds",
        "How long the most overdue waiting job has been due (0: none is late).",
        labels=["queue"],
    )
    for queue in queues:
        for state, count in sorted(queue.counts.items()):
            depth.add_metric([queue.name, state], count)
        age.add_metric([queue.name], queue.oldest_due_seconds)
    failures = GaugeMetricFamily(
        "polder_remote_instance_failures",
        "Consecutive failed deliveries to a remote instance (only instances with failures).",
        labels=["host"],
    )
    unreachable = GaugeMetricFamily(
        "polder_remote_instance_unreachable",
        "1 when a remote instance is marked unreachable (tried on the slow schedule).",
        labels=["host"],
    )
    for instance in instances:
        failures.add_metric([instance.host], instance.failures)
        unreachable.add_metric([instance.host], 1 if instance.unreachable else 0)
    return [depth, age, failures, unreachable]


def exposition(queues: Iterable[QueueFigures], instances: Iterable[InstanceFigures]) -> bytes:
    """The text format: this process's (or all processes') counters plus the given figures."""
    folder = os.environ.get(MULTIPROCESS_ENV)
    if folder:
        summed = CollectorRegistry(auto_describe=False)
        MultiProcessCollector(summed, path=folder)
        counters = generate_latest(summed)
    else:
        counters = generate_latest(REGISTRY)
    fixed = CollectorRegistry(auto_describe=False)
    fixed.register(_Fixed(_database_metrics(queues, instances)))
    return counters + generate_latest(fixed)
