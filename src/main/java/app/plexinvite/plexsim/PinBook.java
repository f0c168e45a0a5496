package app.plexinvite.plexsim;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The PINs plex.tv has handed out. */
final class PinBook {

	private final Map<Long, Pin> pins = new LinkedHashMap<>();

	private final Ids ids;

	PinBook(Ids ids) {
		this.ids = ids;
	}

	/** plex-protocol.md §10a: strong PINs live 1800 s, 4-character ones 900 s. */
	synchronized Pin create(boolean strong, String clientIdentifier, String product, Instant now) {
		Duration life = Duration.ofSeconds(strong ? 1800 : 900);
		Pin pin = new Pin(this.ids.pinId(), this.ids.pinCode(strong), clientIdentifier, product, now, now.plus(life),
				null);
		this.pins.put(pin.id(), pin);
		return pin;
	}

	synchronized Optional<Pin> find(long id) {
		return Optional.ofNullable(this.pins.get(id));
	}

	synchronized Optional<Pin> findByCode(String code) {
		return this.pins.values().stream().filter((pin) -> pin.code().equals(code)).findFirst();
	}

	synchronized Pin approve(long id, String token, Instant now) {
		Pin pin = find(id).orElseThrow(() -> new IllegalArgumentException("No PIN " + id));
		Pin approved = pin.approve(token, now);
		this.pins.put(id, approved);
		return approved;
	}

}
