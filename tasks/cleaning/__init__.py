"""The clean stage's rules: named line rules (rules.py), rules on body blocks (blocks.py), photo
credits (credits.py, credit_parts.py), canonical categories and agencies (canonical.py),
boilerplate by shape and repetition (shapes.py, repetition.py), wire items (wire.py)."""
