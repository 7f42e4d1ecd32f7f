#!/usr/bin/python3
"""Validates story files against panels/story.schema.json (JSON Schema draft 2020-12), with
Debian's python3-jsonschema. Usage: check_schema.py SCHEMA STORY.json...; exits 1 on any error."""
import json
import sys

import jsonschema


def main() -> int:
    schema_path, *stories = sys.argv[1:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0
    for path in stories:
        with open(path, encoding="utf-8") as f:
            story = json.load(f)
        errors = sorted(validator.iter_errors(story), key=lambda e: list(e.absolute_path))
        for error in errors:
            where = "/" + "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: {where}: {error.message}")
        print(f"{'ok:  ' if not errors else 'FAIL:'} {path} against the schema ({len(errors)} problem(s))")
        failures += bool(errors)
    # The schema must also refuse a known mistake, or it checks nothing.
    if validator.is_valid({"frise": 1, "title": "t", "panels": [{"id": "a", "baloons": []}]}):
        print("FAIL: the schema accepts an unknown panel key")
        failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
