package dev.signals.bench.e2e.aggregate;

/**
 * The domain event of a post that is created, changed or deleted.
 *
 * @param post the post
 */
public record PostWritten(AggregatePost post) {

}
