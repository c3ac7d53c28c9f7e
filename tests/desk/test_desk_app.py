"""The desk's pages, verdicts and downloads, through Starlette's TestClient on a hand-built store."""

from __future__ import annotations

import csv
import io
import json

import pytest

starlette = pytest.importorskip("starlette", reason="the desk needs the serve extra")
from starlette.testclient import TestClient  # noqa: E402

from checker.desk.app import CSP, make_app  # noqa: E402
from checker.desk.view import parse_query  # noqa: E402
from checker.store import check_store  # noqa: E402


@pytest.fixture
def client(desk_store):
    return TestClient(make_app(desk_store, host="testserver", reviewer="desk test"))


def _ids(html: str) -> list[str]:
    return [
        part.split('"')[0]
        for part in html.split('<li class="card')[1:]
        for part in [part.split('data-id="')[1]]
    ]


def _finding(desk_store, summary_part: str) -> str:
    conflicts = check_store(desk_store).conflicts
    return str(conflicts[conflicts.summary.str.contains(summary_part)].conflict_id.iloc[0])


def test_the_list_shows_every_finding_with_facet_counts(client, desk_store):
    page = client.get("/")
    assert page.status_code == 200
    assert _ids(page.text) == list(check_store(desk_store).conflicts.conflict_id)
    assert "3 of 3 findings" in page.text
    assert 'data-value="Morgenblatt"' in page.text and 'data-value="Drohnen"' in page.text


def test_every_page_has_a_strict_policy_and_no_script(client, desk_store):
    page = client.get("/")
    assert page.headers["content-security-policy"] == CSP and "script-src" not in CSP
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "<script" not in page.text
    assert "default-src 'none'" in client.get("/finding/nothing").headers["content-security-policy"]


def test_a_facet_filter_narrows_the_list_and_is_the_url(client, desk_store):
    drones = _finding(desk_store, "Drohnen")
    page = client.get("/?subject=Drohnen")
    assert _ids(page.text) == [drones]
    assert 'href="?subject=Drohnen&amp;outlet=Landbote"' not in page.text  # one order: facets as listed
    assert 'href="?outlet=Landbote&amp;subject=Drohnen"' in page.text
    assert "1 of 3 findings" in page.text


def test_facets_of_one_kind_are_either_and_facets_of_two_kinds_both(client):
    both = client.get("/?outlet=Landbote&outlet=Daily+Ledger")
    assert len(_ids(both.text)) == 3
    one = client.get("/?outlet=Daily+Ledger&subject=Drohnen")
    assert _ids(one.text) == []
    assert "No finding matches all of these filters together" in one.text
    assert "outlet Daily Ledger alone: 1; what is counted Drohnen alone: 1" in one.text


def test_dates_and_words_filter_too_and_a_bad_date_is_said(client, desk_store):
    assert len(_ids(client.get("/?since=2024-11").text)) == 2
    assert len(_ids(client.get("/?until=2024-10-31").text)) == 1
    assert len(_ids(client.get("/?q=charkiw").text)) == 1
    bad = client.get("/?since=yesterday")
    assert "since=&#39;yesterday&#39;: expected an ISO date" in bad.text and len(_ids(bad.text)) == 3


def test_a_finding_shows_its_sides_in_context_with_links(client, desk_store):
    troops = _finding(desk_store, "12,000")
    page = client.get(f"/finding/{troops}")
    assert page.status_code == 200
    assert page.text.count('<section class="side">') == 3
    assert "Officials said the troops arrived by train." in page.text  # the paragraph, not the sentence
    assert 'href="https://example.org/c"' in page.text
    assert client.get("/finding/F-0000000000").status_code == 404


def test_a_verdict_is_kept_and_shown(client, desk_store):
    drones = _finding(desk_store, "Drohnen")
    answer = client.post(
        f"/finding/{drones}/review",
        data={"status": "false_alarm", "note": "two nights", "reviewer": "Ann Lee", "back": "/?kind=figure"},
        follow_redirects=False,
    )
    assert answer.status_code == 303 and answer.headers["location"] == f"/?kind=figure#{drones}"
    assert _ids(client.get("/?status=false_alarm").text) == [drones]
    detail = client.get(f"/finding/{drones}").text
    assert "two nights" in detail and "Ann Lee" in detail
    assert 'value="Ann Lee"' in client.get("/").text  # the name is remembered for the next verdict
    run = check_store(desk_store).run
    assert [(r.finding_id, r.status) for r in run.reviews] == [(drones, "false_alarm")]


def test_a_verdict_from_another_site_or_of_no_status_is_refused(client, desk_store):
    drones = _finding(desk_store, "Drohnen")
    evil = client.post(f"/finding/{drones}/review", data={"status": "confirmed"},
                       headers={"origin": "http://evil.example"})  # fmt: skip
    assert evil.status_code == 403
    cross = client.post(f"/finding/{drones}/review", data={"status": "confirmed"},
                        headers={"sec-fetch-site": "cross-site"})  # fmt: skip
    assert cross.status_code == 403
    wrong = client.post(f"/finding/{drones}/review", data={"status": "dismissed"})
    assert wrong.status_code == 400 and "expected one of open, confirmed" in wrong.text
    assert check_store(desk_store).run.reviews == ()


def test_another_host_is_refused(desk_store):
    assert TestClient(make_app(desk_store)).get("/", headers={"host": "evil.example"}).status_code == 400


def test_the_view_downloads_as_csv_and_json(client, desk_store):
    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv?outlet=Landbote").text)))
    assert len(rows) == 2 and all("Landbote" in row["outlets"] for row in rows)
    troops = next(row for row in rows if "Kursk" in row["summary"])
    assert set(troops["sides"].split(" | ")) == {"11.000: Landbote", "5.000: Morgenblatt"}
    assert troops["reason"]
    data = json.loads(client.get("/export.json?subject=Drohnen").text)
    assert data["view"] == "?subject=Drohnen" and len(data["findings"]) == 1
    assert data["findings"][0]["review"] is None and {a["id"] for a in data["articles"]} == {
        "drones-a",
        "drones-b",
    }


def test_confirmed_findings_download_as_claim_reviews(client, desk_store):
    troops = _finding(desk_store, "12,000")
    assert json.loads(client.get("/claimreview.jsonld").text)["@graph"] == []
    client.post(f"/finding/{troops}/review", data={"status": "confirmed", "note": "Pentagon said 12,000",
                                                   "reviewer": "Ann Lee"})  # fmt: skip
    graph = json.loads(client.get("/claimreview.jsonld").text)["@graph"]
    assert len(graph) == 3 and {g["@type"] for g in graph} == {"ClaimReview"}
    first = graph[0]
    assert first["itemReviewed"]["@type"] == "Claim" and first["author"] == {
        "@type": "Person",
        "name": "Ann Lee",
    }
    assert first["reviewRating"]["alternateName"] and first["reviewBody"] == "Pentagon said 12,000"
    assert first["itemReviewed"]["appearance"][0]["url"].startswith("https://example.org/")


def test_a_query_has_one_url(desk_store):
    one = parse_query([("outlet", "B"), ("kind", "figure"), ("outlet", "A"), ("page", "2")])
    assert one.url() == "?kind=figure&outlet=A&outlet=B&page=2"
    assert one.toggled("outlet", "A") == "?kind=figure&outlet=B"
    assert parse_query([("page", "x"), ("colour", "red")]).notes == (
        "the link's colour='red' is no filter of this desk; left out",
    )
