package app.plexinvite.plexsim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Answers held back until the test releases them: the request is applied (plex.tv did it)
 * and only its answer waits, as when an answer is lost on its way or the caller dies
 * before it arrives. A test control; protocol behaviour is unchanged.
 */
public final class HeldAnswers {

	private final List<Rule> rules = new ArrayList<>();

	private CountDownLatch release = new CountDownLatch(1);

	private int waiting;

	/** The app's answers, held while a rule matches the request. */
	Function<Call, Answer> around(Function<Call, Answer> app) {
		return (call) -> {
			Answer answer = app.apply(call);
			awaitRelease(call.request());
			return answer;
		};
	}

	/**
	 * Requests whose method and path match are applied as usual, but their answers wait
	 * until {@link #releaseAll()}: plex.tv did it, the caller has not heard yet (or never
	 * will, when it dies meanwhile).
	 */
	public synchronized void hold(String method, String pathRegex) {
		this.rules.add(new Rule(method, Pattern.compile(pathRegex)));
	}

	/** Every held answer goes out, and nothing more is held. */
	public synchronized void releaseAll() {
		this.rules.clear();
		this.release.countDown();
		this.release = new CountDownLatch(1);
	}

	/** How many answers are held right now. */
	public synchronized int waiting() {
		return this.waiting;
	}

	private void awaitRelease(RecordedRequest request) {
		CountDownLatch latch;
		synchronized (this) {
			if (this.rules.stream().noneMatch((rule) -> rule.matches(request))) {
				return;
			}
			latch = this.release;
			this.waiting++;
		}
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			synchronized (this) {
				this.waiting--;
			}
		}
	}

	private record Rule(String method, Pattern path) {

		boolean matches(RecordedRequest request) {
			return this.method.equalsIgnoreCase(request.method()) && this.path.matcher(request.path()).matches();
		}

	}

}
