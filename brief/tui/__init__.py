"""The Textual app. Import ``brief.tui.app.make_app``; nothing here loads the NLP stack."""
