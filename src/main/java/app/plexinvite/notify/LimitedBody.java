package app.plexinvite.notify;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps the first bytes of an answer and stops reading after {@code limit}: a receiver
 * cannot make us hold or wait for a large body.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

	private final int limit;

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final CompletableFuture<byte[]> result = new CompletableFuture<>();

	private Flow.Subscription subscription;

	LimitedBody(int limit) {
		this.limit = limit;
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return this.result;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		subscription.request(1);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		for (ByteBuffer buffer : buffers) {
			int take = Math.min(buffer.remaining(), this.limit - this.bytes.size());
			byte[] chunk = new byte[take];
			buffer.get(chunk);
			this.bytes.write(chunk, 0, take);
		}
		if (this.bytes.size() >= this.limit) {
			this.subscription.cancel();
			this.result.complete(this.bytes.toByteArray());
		}
		else {
			this.subscription.request(1);
		}
	}

	@Override
	public void onError(Throwable throwable) {
		this.result.completeExceptionally(throwable);
	}

	@Override
	public void onComplete() {
		this.result.complete(this.bytes.toByteArray());
	}

}
