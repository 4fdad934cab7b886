"""Text primitives: cleaning, sentence splitting, word tokens and stems (no downloads)."""
