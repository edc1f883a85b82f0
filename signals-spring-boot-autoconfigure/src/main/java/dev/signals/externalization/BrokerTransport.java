package dev.signals.externalization;

import dev.signals.externalization.ExternalizationProperties.Broker;

/**
 * Sends one message to a broker and returns once the broker has it (or throws, and the
 * durable delivery retries).
 */
interface BrokerTransport {

	/**
	 * The broker this transport sends to.
	 * @return the broker
	 */
	Broker broker();

	/**
	 * Send a message.
	 * @param target the exchange or topic
	 * @param key the routing key or record key
	 * @param message the body and headers
	 */
	void send(String target, String key, ExternalMessage message);

}
