#!/usr/bin/python3
"""Validates a JSON file against a JSON Schema (Debian's python3-jsonschema).
Usage: validate_json.py SCHEMA INSTANCE"""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
instance = json.load(open(sys.argv[2], encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema)
validator.check_schema(schema)
errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
for e in errors[:20]:
    print(f"{sys.argv[2]}: {'/'.join(str(p) for p in e.path) or '(root)'}: {e.message}", file=sys.stderr)
sys.exit(1 if errors else 0)
