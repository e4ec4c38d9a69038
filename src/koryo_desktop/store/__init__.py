"""The only package that speaks SQL: content builder, read-only content store, learner store."""
