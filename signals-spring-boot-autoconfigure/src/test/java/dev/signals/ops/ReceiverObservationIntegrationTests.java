package dev.signals.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every receiver call is observed, in every phase, with the keys the observation documents;
 * the meters count the signals sent and the deliveries each transaction queued.
 */
class ReceiverObservationIntegrationTests extends OpsTestSupport {

	@Autowired
	ShipmentRepository shipments;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ObservationRegistry observations;

	@Autowired
	MeterRegistry meters;

	private TestObservationRegistry registry;

	@BeforeEach
	void clear() {
		this.shipments.deleteAll();
		this.registry = (TestObservationRegistry) this.observations;
		this.registry.clear();
	}

	@Test
	void immediateAndAfterCommitReceiversAreObservedWithTheirKeys() {
		Shipment saved = this.transaction.execute((status) -> this.shipments.save(new Shipment(" parcel ")));
		String id = saved.getId().toString();

		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo("signals.receiver.invocations", 4);
		assertThat(this.registry).hasObservationWithNameEqualTo("signals.receiver.invocations")
			.that()
			.hasContextualNameEqualTo("pre_save shipment-label")
			.hasLowCardinalityKeyValue("signal.type", "PRE_SAVE")
			.hasLowCardinalityKeyValue("signal.phase", "IMMEDIATE")
			.hasLowCardinalityKeyValue("signal.sender", Shipment.class.getName())
			.hasLowCardinalityKeyValue("signal.receiver", "shipment-label")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("exception", "none")
			.hasHighCardinalityKeyValue("signal.entity.id", id);
		assertThat(this.registry).hasAnObservation((observation) -> observation
			.hasLowCardinalityKeyValue("signal.receiver", "shipment-tracking")
			.hasLowCardinalityKeyValue("signal.type", "POST_SAVE")
			.hasLowCardinalityKeyValue("signal.phase", "IMMEDIATE")
			.hasHighCardinalityKeyValue("signal.entity.id", id));
		assertThat(this.registry).hasAnObservation((observation) -> observation
			.hasContextualNameEqualTo("post_save shipment-mail")
			.hasLowCardinalityKeyValue("signal.phase", "AFTER_COMMIT")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasHighCardinalityKeyValue("signal.entity.id", id));
	}

	@Test
	void failingAfterCommitReceiverIsObservedAsAnError() {
		this.transaction.executeWithoutResult((status) -> this.shipments.save(new Shipment("fail")));

		assertThat(this.registry).hasAnObservation((observation) -> observation
			.hasLowCardinalityKeyValue("signal.receiver", "shipment-invoice")
			.hasLowCardinalityKeyValue("signal.phase", "AFTER_COMMIT")
			.hasLowCardinalityKeyValue("outcome", "ERROR")
			.hasLowCardinalityKeyValue("exception", "IllegalStateException")
			.assertThatError()
			.hasMessage("no invoice for fail"));
		assertThat(this.registry).hasAnObservation((observation) -> observation
			.hasLowCardinalityKeyValue("signal.receiver", "shipment-mail")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS"));
	}

	@Test
	void metersCountSignalsSentAndTheDeliveriesEachTransactionQueued() {
		double sentBefore = sent("POST_SAVE");
		long transactionsBefore = this.meters.get("signals.transaction.queue.depth").summary().count();
		double queuedBefore = this.meters.get("signals.transaction.queue.depth").summary().totalAmount();

		this.transaction.executeWithoutResult((status) -> {
			this.shipments.save(new Shipment("one"));
			this.shipments.save(new Shipment("two"));
			this.shipments.save(new Shipment("three"));
		});

		assertThat(sent("POST_SAVE") - sentBefore).isEqualTo(3);
		assertThat(this.meters.get("signals.transaction.queue.depth").summary().count() - transactionsBefore)
			.isEqualTo(1);
		assertThat(this.meters.get("signals.transaction.queue.depth").summary().totalAmount() - queuedBefore)
			.as("two after-commit receivers of three inserts")
			.isEqualTo(6);
	}

	private double sent(String type) {
		return this.meters.find("signals.sent")
			.tag("signal.type", type)
			.tag("signal.sender", Shipment.class.getName())
			.counters()
			.stream()
			.mapToDouble((counter) -> counter.count())
			.sum();
	}

}
