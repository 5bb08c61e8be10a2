"""Readers' comments under an article: a thread of posts on the story's subject is clutter, never the article
going on; a comment counter by the byline, or one post's controls inside the article, is no thread."""

from __future__ import annotations

from core.models import Article
from core.reading.comments import thread_line
from core.reading.load import parse_text

HEAD = "Ostley train crash kills five\n\nBy Ana Lind\n\n"
BODY = [
    "Five people have died after a commuter train came off the rails at a river crossing outside Ostley on Tuesday.",
    "Police said a fifth victim, a woman in her seventies, died in hospital on Wednesday morning.",
    "Investigators from the national rail safety office arrived at the scene of the Ostley crash on Wednesday.",
    "The rail operator said services between Ostley and the coast would stay suspended until the bridge is checked.",
]
POSTS = [
    "The Ostley bridge has needed repairs for years and the rail operator knew it before this crash.\n\nEvery commuter "
    "on that line has seen the cracks in the river crossing, and the safety office did nothing about them at all.",
    "Five people died because the rail safety office never checked the river crossing at Ostley.\n\nThe investigators "
    "arrived on Wednesday afternoon, a full day after the crash, and the operator still says services will resume.",
    "My sister takes that commuter train every day, and she says the carriages shake on the bridge outside Ostley.\n\n"
    "The operator should suspend every service to the coast until the bridge has been checked by the investigators.",
]
"""Posts of two paragraphs on the story's subject: without the thread's lines they read as the article going on."""


def read(text: str) -> Article:
    return parse_text(HEAD + text, path="paste.txt")


def roles(article: Article, start: str) -> set[str]:
    found = {seg.role for seg in article.segments if seg.text.startswith(start)}
    assert found, start
    return found


def article_text() -> str:
    return "\n\n".join(BODY) + "\n\n"


def test_posts_under_a_counted_thread_heading_are_clutter_though_they_tell_the_story() -> None:
    thread = "Readers' Comments (3)\nShow the first 20 comments\n" + "".join(
        f"rail_fan{n}\nReply #{n}\nOct. 9, 2010 - 7:28 AM EST\n\n{post}\n\nReply\nReport Abuse\n"
        for n, post in enumerate(POSTS, start=1)
    )
    article = read(article_text() + thread)
    assert all(roles(article, line) == {"body"} for line in BODY)
    assert all(roles(article, part[:30]) == {"boilerplate"} for post in POSTS for part in post.split("\n\n"))


def test_posts_each_over_its_posters_line_with_the_posts_age_are_clutter() -> None:
    thread = "Reader Comments 3 Total\n" + "".join(
        f"Report Comment\nReader {n} (1 day ago)\n{post}\n\n" for n, post in enumerate(POSTS, start=1)
    )
    article = read(article_text() + thread)
    assert all(roles(article, line) == {"body"} for line in BODY)
    assert all(roles(article, part[:30]) == {"boilerplate"} for post in POSTS for part in post.split("\n\n"))


def test_posts_each_signed_posted_by_with_a_date_are_clutter() -> None:
    thread = "Related topics:\nOstley\nRail safety\n\nVisitor comments Add your comment\n\n" + "".join(
        f"Bridge worries\n\n{post}\n\nPosted by: Reader {n}, 27 Sep 2011 | 15:22\n\n" for n, post in enumerate(POSTS)
    )
    article = read(article_text() + thread)
    assert all(roles(article, line) == {"body"} for line in BODY)
    assert all(roles(article, part[:30]) == {"boilerplate"} for post in POSTS for part in post.split("\n\n"))


def test_posts_under_a_blogs_poster_lines_says_and_stamped_are_clutter() -> None:
    """A blog's thread as its software prints it: ``Name says:``, ``June 8, 2011 at 4:15 pm``, the post, ``Reply``;
    no heading counts the posts."""
    thread = "".join(
        f"Reader {n} says:\nJune {n}, 2011 at 4:1{n} pm\n\n{post}\n\nReply\n\n" for n, post in enumerate(POSTS, 1)
    )
    article = read(article_text() + thread)
    assert all(roles(article, line) == {"body"} for line in BODY)
    assert all(roles(article, part[:30]) == {"boilerplate"} for post in POSTS for part in post.split("\n\n"))


def test_a_comment_counter_by_the_byline_and_a_quoted_posts_controls_leave_the_article_whole() -> None:
    text = (
        "12 Comments\n\n"
        f"{BODY[0]}\n\n{BODY[1]}\n\n"
        "Reply\nReport Abuse\n\n"  # the controls of one post the article quotes
        f"{BODY[2]}\n\n{BODY[3]}\n"
    )
    article = read(text)
    assert all(roles(article, line) == {"body"} for line in BODY)


def test_thread_lines_are_short_furniture_not_sentences_about_comments() -> None:
    assert thread_line("Readers' Comments (718)")
    assert thread_line("Eagle 4 (1 day ago)")
    assert thread_line("Posted by: Florida CPA, 27 Sep 2011 | 15:22")
    assert thread_line("Reply #12")
    assert not thread_line("Reply")
    assert not thread_line("The mayor said readers' comments on the council website had been overwhelmingly hostile.")
    assert not thread_line("Officials said 718 comments were submitted during the consultation period last year.")


def test_a_thread_under_the_article_leaves_a_comment_counter_by_the_byline_where_it_was() -> None:
    thread = "Readers' Comments (3)\n" + "".join(
        f"rail_fan{n}\nReply #{n}\n\n{post}\n\nReport Abuse\n" for n, post in enumerate(POSTS, start=1)
    )
    article = read("3 Comments\n\n" + article_text() + thread)
    assert all(roles(article, line) == {"body"} for line in BODY)
    assert all(roles(article, post[:30]) == {"boilerplate"} for post in POSTS)


SHORT = [
    "This week Mira talks with the harbour pilot Tomas Ekdal about forty years of bringing ships into Ostley.",
    "Ekdal explains why the river crossing at Ostley is the hardest stretch of water on the coast.",
    "He has guided more than nine thousand ships under the old bridge, and he says every one of them was different.",
]
"""A podcast episode's notes: a short article, lighter than the readers' posts under it."""


def test_a_short_article_stays_the_article_when_the_posts_under_its_thread_heading_outweigh_it() -> None:
    thread = "Leave a comment\nShow all comments\nComments [3]\n" + "".join(
        f"Reader {n} from Ostley\n\n{post}\n\nMay. 29 2013 02:47 PM\n" for n, post in enumerate(POSTS, start=1)
    )
    text = "Harbour pilot Tomas Ekdal\n\nMay 27, 2013\n\n" + "\n\n".join(SHORT) + "\n\n" + thread
    article = parse_text(text, path="paste.txt")
    assert all(roles(article, line) == {"body"} for line in SHORT)
    assert all(roles(article, part[:30]) == {"boilerplate"} for post in POSTS for part in post.split("\n\n"))


def test_comment_counters_over_the_article_leave_it_whole() -> None:
    text = "3 Comments\nLeave a comment\nShow all comments\n\n" + article_text()
    article = read(text)
    assert all(roles(article, line) == {"body"} for line in BODY)


def test_a_thread_heading_counts_in_brackets() -> None:
    assert thread_line("Comments [3]")
    assert not thread_line("A feed for comments from readers was opened on Tuesday, the council said.")
