#!/usr/bin/env python3
"""Checks that a story reads as a comic rather than as illustrated slides
(../shared/notes/comics.md, the standard; issue 11):

- speech carries the story: at least 80% of the inner panels (all but the first and the last)
  have a balloon;
- captions are short: on average at most 25 words per language;
- a balloon holds one thought: at most 35 words;
- a headline never echoes the caption or a balloon (same first words, or most of its words);
- dates run forward in reading order within a chapter, unless a panel is tagged "flashback";
- every glossary term (or one of its aliases) is used in some caption or balloon of each language.

Usage: check_story_craft.py STORY.json [STORY.json ...]   (prints the measures; exit 1 on a failure)
       check_story_craft.py --self-test
"""
import json
import re
import sys

MIN_BALLOON_SHARE = 0.8
MAX_CAPTION_AVERAGE = 25
MAX_BALLOON_WORDS = 35
WORD = re.compile(r"[\w’'-]+", re.UNICODE)


def texts_by_language(value, default_language):
    if value is None:
        return {}
    if isinstance(value, str):
        return {default_language: value}
    return {k: v for k, v in value.items() if isinstance(v, str)}


def words(text):
    return [w.lower().strip("’'-") for w in WORD.findall(text) if w.strip("’'-")]


def content_words(text):
    return [w for w in words(text) if len(w) >= 4]


def echoes(headline, text):
    """True when `headline` repeats `text`: the same first two words, or most of its words."""
    h, t = words(headline), words(text)
    if not h or not t:
        return False
    if len(h) >= 2 and h[:2] == t[:2]:
        return True
    if len(h) == 1:
        return False
    hc = content_words(headline)
    if len(hc) < 2:
        return False
    tc = set(content_words(text))
    return sum(1 for w in hc if w in tc) / len(hc) >= 0.6


def date_key(text):
    parts = [int(p) for p in text.split("-")]
    return tuple(parts + [0] * (3 - len(parts)))


def term_used(forms, corpus):
    for form in forms:
        pattern = r"(?<![\w])" + re.escape(form.lower()) + r"(?![\w])"
        if re.search(pattern, corpus):
            return True
    return False


def check(story):
    default = story.get("language", "fr")
    languages = story.get("languages") or [default]
    panels = story.get("panels", [])
    problems, measures = [], {}

    inner = panels[1:-1] if len(panels) > 2 else []
    with_balloon = sum(1 for p in inner if p.get("balloons"))
    share = with_balloon / len(inner) if inner else 1.0
    measures["inner panels with a balloon"] = "%d of %d (%.0f%%)" % (with_balloon, len(inner), 100 * share)
    if share < MIN_BALLOON_SHARE:
        problems.append("only %.0f%% of the inner panels have a balloon (at least %.0f%% expected)"
                        % (100 * share, 100 * MIN_BALLOON_SHARE))

    corpus = {lang: [] for lang in languages}
    for lang in languages:
        caption_counts = []
        balloon_counts = []
        for p in panels:
            caption = texts_by_language(p.get("caption"), default).get(lang)
            if caption:
                caption_counts.append(len(words(caption)))
                corpus[lang].append(caption)
            balloon_texts = []
            for b in p.get("balloons", []):
                text = texts_by_language(b.get("text"), default).get(lang, "")
                balloon_texts.append(text)
                corpus[lang].append(text)
                n = len(words(text))
                balloon_counts.append(n)
                if n > MAX_BALLOON_WORDS:
                    problems.append("%s [%s]: a balloon of %d words (at most %d)" % (p.get("id"), lang, n, MAX_BALLOON_WORDS))
            headline = texts_by_language(p.get("headline"), default).get(lang)
            if headline:
                for text in ([caption] if caption else []) + balloon_texts:
                    if echoes(headline, text):
                        problems.append("%s [%s]: the headline %r echoes %r" % (p.get("id"), lang, headline, text[:60]))
                        break
        average = sum(caption_counts) / len(caption_counts) if caption_counts else 0
        measures["captions [%s]" % lang] = "%d, %.1f words on average, longest %d" % (
            len(caption_counts), average, max(caption_counts, default=0))
        measures["balloons [%s]" % lang] = "%d, %.1f words on average, longest %d" % (
            len(balloon_counts), sum(balloon_counts) / len(balloon_counts) if balloon_counts else 0,
            max(balloon_counts, default=0))
        if average > MAX_CAPTION_AVERAGE:
            problems.append("[%s] captions average %.1f words (at most %d)" % (lang, average, MAX_CAPTION_AVERAGE))

    last_in_chapter = {}
    for p in panels:
        if "date" not in p or "flashback" in p.get("tags", []):
            continue
        chapter = p.get("chapter", "")
        key = date_key(p["date"])
        previous = last_in_chapter.get(chapter)
        if previous and key < previous[0]:
            problems.append("%s: dated %s, before %s (%s) in the same chapter; tag it \"flashback\" if it is one"
                            % (p.get("id"), p["date"], previous[1], "-".join(str(v) for v in previous[0] if v)))
        last_in_chapter[chapter] = (key, p.get("id"))

    glossary = story.get("glossary", [])
    measures["glossary terms"] = str(len(glossary))
    for lang in languages:
        text = "\n".join(corpus[lang]).lower()
        for entry in glossary:
            term = texts_by_language(entry.get("term"), default).get(lang)
            aliases = entry.get("aliases", {})
            aliases = aliases.get(lang, []) if isinstance(aliases, dict) else aliases
            forms = ([term] if term else []) + [a for a in aliases if isinstance(a, str)]
            if forms and not term_used(forms, text):
                problems.append("[%s] glossary term %r is never used in a caption or balloon" % (lang, forms[0]))
    return measures, problems


def self_test():
    def story(panels, **extra):
        return dict({"frise": 1, "languages": ["fr"], "panels": panels}, **extra)
    cover = {"id": "a"}
    end = {"id": "z"}
    talk = {"id": "m", "balloons": [{"speaker": "x", "text": "Bonjour à tous"}]}
    assert not check(story([cover, talk, talk, end]))[1]
    assert check(story([cover, talk, {"id": "n"}, end]))[1], "50% of panels with a balloon must fail"
    long_caption = dict(talk, caption=" ".join(["mot"] * 30))
    assert check(story([cover, long_caption, end]))[1], "a 30-word caption average must fail"
    long_balloon = {"id": "m", "balloons": [{"text": " ".join(["mot"] * 36)}]}
    assert check(story([cover, long_balloon, end]))[1], "a 36-word balloon must fail"
    echo = dict(talk, headline="Bonjour à vous", caption="Bonjour à vous tous, dit-il.")
    assert check(story([cover, echo, end]))[1], "a headline repeating the caption's first words must fail"
    assert echoes("Le datalake quotidien", "On passe du datalake quotidien à la data factory")
    assert not echoes("Six mois", "On passe du datalake quotidien à la data factory")
    early = dict(talk, id="b", chapter="c", date="2022-03")
    late = dict(talk, id="c", chapter="c", date="2022-05")
    assert not check(story([cover, early, late, end]))[1]
    assert check(story([cover, late, early, end]))[1], "dates going back in a chapter must fail"
    flashback = dict(early, tags=["flashback"])
    assert not check(story([cover, late, flashback, end]))[1], "a flashback may go back"
    term = {"id": "t", "term": "GitOps", "definition": "…"}
    assert check(story([cover, talk, end], glossary=[term]))[1], "an unused glossary term must fail"
    used = {"id": "m", "balloons": [{"text": "Le GitOps, enfin !"}]}
    assert not check(story([cover, used, end], glossary=[term]))[1]
    print("check_story_craft: self-test passed")


def main(args):
    if args == ["--self-test"]:
        self_test()
        return 0
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    failed = False
    for path in args:
        with open(path, encoding="utf-8") as f:
            measures, problems = check(json.load(f))
        print(path)
        for name, value in measures.items():
            print("  %s: %s" % (name, value))
        for problem in problems:
            print("  PROBLEM: " + problem)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
