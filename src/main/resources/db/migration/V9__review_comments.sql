-- Review comments (docs/review-comments.md): each belongs to one assessment and is on the whole of it, a question,
-- a risk or a plan item. A reply names the comment that opened its thread; only that opening comment carries the
-- thread's state (resolution_*: null until first resolved). Keyed per assessment like plan items (V5). Comments are
-- not the assessment's content: writing one leaves the assessment's updated_at, and its content hash, as they were.
CREATE TABLE review_comment (
    assessment_id    UUID NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    id               UUID NOT NULL,
    anchor_kind      VARCHAR(20) NOT NULL,
    anchor_target    VARCHAR(200) NOT NULL,
    version_number   INTEGER,
    reply_to         UUID,
    author           VARCHAR(200) NOT NULL,
    author_role      VARCHAR(200) NOT NULL,
    written_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    body             VARCHAR(10000) NOT NULL,
    resolved         BOOLEAN,
    resolution_by    VARCHAR(200),
    resolution_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (assessment_id, id)
);
CREATE INDEX review_comment_id ON review_comment (id);
