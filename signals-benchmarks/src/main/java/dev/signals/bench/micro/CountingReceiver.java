package dev.signals.bench.micro;

import dev.signals.PostSave;
import dev.signals.SignalReceiver;

/**
 * The receiver of the micro-benchmarks, for posts and for authors.
 */
public class CountingReceiver extends Tally {

	/**
	 * Receive a post-save signal of a post.
	 * @param signal the signal
	 */
	@SignalReceiver
	public void onPost(PostSave<MicroPost> signal) {
		tally(signal);
	}

	/**
	 * Receive a post-save signal of an author.
	 * @param signal the signal
	 */
	@SignalReceiver
	public void onAuthor(PostSave<MicroAuthor> signal) {
		tally(signal);
	}

}
