package app.plexinvite.notify;

import java.util.List;

import org.springframework.stereotype.Service;

/** What other features may ask notifications: which endpoints are disabled and why. */
@Service
public class Webhooks {

	private final Endpoints endpoints;

	Webhooks(Endpoints endpoints) {
		this.endpoints = endpoints;
	}

	/** Endpoints disabled after persistent failure (or by hand), newest first. */
	public List<EndpointDisabled> disabledEndpoints() {
		return this.endpoints.disabled()
			.stream()
			.map((endpoint) -> new EndpointDisabled(endpoint.id(), endpoint.name(), endpoint.disabledReason(),
					endpoint.disabledAt()))
			.toList();
	}

}
