package dev.signals.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import dev.signals.Phase;
import dev.signals.SignalType;
import dev.signals.actuate.SignalsEndpoint;
import dev.signals.actuate.SignalsEndpoint.ReceiverDescriptor;
import dev.signals.actuate.SignalsEndpoint.SignalsDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint lists the receivers of each entity of the persistence unit in delivery
 * order, and an entity nobody listens to with none; switching a receiver off there stops
 * its signals.
 */
class SignalsEndpointIntegrationTests extends OpsTestSupport {

	@Autowired
	SignalsEndpoint endpoint;

	@Autowired
	ShipmentRepository shipments;

	@Autowired
	ShipmentReceivers receivers;

	@Autowired
	TransactionTemplate transaction;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void switchBackOn() {
		this.endpoint.switchReceiver("shipment-tracking", true);
	}

	@Test
	void receiversAreGroupedByEntityInDeliveryOrder() {
		SignalsDescriptor descriptor = this.endpoint.signals();
		assertThat(descriptor.entities()).containsOnlyKeys(Crate.class.getName(), Shipment.class.getName());
		assertThat(descriptor.entities().get(Crate.class.getName())).isEmpty();
		List<ReceiverDescriptor> shipment = descriptor.entities().get(Shipment.class.getName());
		assertThat(shipment).extracting(ReceiverDescriptor::id)
			.containsExactly("shipment-label", "shipment-invoice", "shipment-mail", "shipment-tracking");
		ReceiverDescriptor label = shipment.get(0);
		assertThat(label.signals()).containsExactly(SignalType.PRE_SAVE);
		assertThat(label.senders()).containsExactly(Shipment.class.getName());
		assertThat(label.fields()).containsExactly("label");
		assertThat(label.order()).isEqualTo(1);
		assertThat(shipment.get(2).phase()).isEqualTo(Phase.AFTER_COMMIT);
		assertThat(shipment.get(2).condition()).isEqualTo("created");
		assertThat(descriptor.customSignals()).isEmpty();
	}

	@Test
	void receiverIsSwitchedOverHttpWithAJsonBody() throws Exception {
		HttpResponse<String> off = post("/actuator/signals/SHIPMENT-TRACKING", "{\"enabled\": false}");
		assertThat(off.statusCode()).isEqualTo(200);
		assertThat(off.body()).contains("\"id\":\"shipment-tracking\"", "\"enabled\":false");
		assertThat(this.endpoint.receiver("shipment-tracking").enabled()).isFalse();
		assertThat(get("/actuator/signals/shipment-tracking").body()).contains("\"enabled\":false");

		HttpResponse<String> unknown = post("/actuator/signals/nobody", "{\"enabled\": false}");
		assertThat(unknown.statusCode()).isEqualTo(400);
	}

	@Test
	void receiverSwitchedOffThroughTheEndpointGetsNoSignals() {
		this.receivers.tracked.clear();
		assertThat(this.endpoint.switchReceiver("shipment-tracking", false).enabled()).isFalse();
		this.transaction.executeWithoutResult((status) -> this.shipments.save(new Shipment("quiet")));
		assertThat(this.receivers.tracked).isEmpty();

		this.endpoint.switchReceiver("shipment-tracking", true);
		this.transaction.executeWithoutResult((status) -> this.shipments.save(new Shipment("heard")));
		assertThat(this.receivers.tracked).containsExactly("heard");
	}

	private HttpResponse<String> post(String path, String json) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
