package dev.signals.durability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;


import dev.signals.DurablePublication;
import dev.signals.DurablePublications;
import dev.signals.M2MAction;
import dev.signals.SignalEvent;
import dev.signals.SignalSnapshot;
import dev.signals.SignalType;
import dev.signals.Signals;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DurableReceiversIntegrationTests extends DurabilityTestSupport {

	@Autowired
	InvoiceRepository invoices;

	@Autowired
	CustomerRepository customers;

	@Autowired
	StampRepository stamps;

	@Autowired
	DurablePublications publications;

	@Autowired
	Signals signals;

	@Test
	void aCommittedSaveIsDeliveredAfterTheCommitAsASnapshot() {
		Customer customer = this.customers.save(new Customer("Ada"));
		Invoice invoice = this.transaction.execute((status) -> {
			Invoice saved = this.invoices.save(new Invoice("F-1", new BigDecimal("10.50"), customer));
			assertThat(this.deliveries.of("index")).as("nothing delivered before the commit").isEmpty();
			return saved;
		});

		List<Deliveries.Delivered> delivered = this.deliveries.of("index");
		assertThat(delivered).hasSize(1);
		assertThat(delivered.get(0).thread()).isEqualTo(Thread.currentThread().getName());
		SignalSnapshot<?> snapshot = (SignalSnapshot<?>) delivered.get(0).signal();
		assertThat(snapshot.type()).isEqualTo(SignalType.POST_SAVE);
		assertThat(snapshot.sender()).isEqualTo(Invoice.class);
		assertThat(snapshot.entityId()).isEqualTo(invoice.getId());
		assertThat(snapshot.created()).isTrue();
		assertThat(snapshot.external()).isFalse();
		assertThat(snapshot.current()).containsEntry("number", "F-1")
			.containsEntry("amount", new BigDecimal("10.50"))
			.containsEntry("status", InvoiceStatus.DRAFT)
			.containsEntry("issuedOn", LocalDate.of(2026, 11, 27))
			.containsEntry("customer", customer.getId())
			.doesNotContainKey("stamps");
		assertThat(status("index")).isEqualTo("COMPLETED");
	}

	@Test
	void aRolledBackSaveIsNeverDeliveredNorStored() {
		Customer customer = this.customers.save(new Customer("Ada"));
		this.transaction.executeWithoutResult((status) -> {
			this.invoices.saveAndFlush(new Invoice("F-2", BigDecimal.ONE, customer));
			status.setRollbackOnly();
		});

		assertThat(this.deliveries.of("index")).isEmpty();
		assertThat(this.deliveries.of("audit")).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from EVENT_PUBLICATION", Long.class)).isZero();
	}

	@Test
	void everyDurableReceiverOfASignalGetsItsOwnPublicationOfOneSnapshot() {
		Customer customer = this.customers.save(new Customer("Ada"));
		this.invoices.save(new Invoice("F-3", BigDecimal.TEN, customer));

		SignalSnapshot<?> indexed = (SignalSnapshot<?>) this.deliveries.of("index").get(0).signal();
		SignalSnapshot<?> audited = (SignalSnapshot<?>) this.deliveries.of("audit").get(0).signal();
		assertThat(audited).isEqualTo(indexed);
		assertThat(this.jdbc.queryForList("select listener_id from EVENT_PUBLICATION order by listener_id",
				String.class))
			.containsExactly("signals:audit", "signals:index");
	}

	@Test
	void manyToManyChangesAndDeletesAreDeliveredWithTheirIds() {
		Customer customer = this.customers.save(new Customer("Ada"));
		Stamp paid = this.stamps.save(new Stamp("paid"));
		Stamp late = this.stamps.save(new Stamp("late"));
		Invoice invoice = this.invoices.save(new Invoice("F-4", BigDecimal.TEN, customer));
		this.deliveries.clear();

		this.transaction.executeWithoutResult((status) -> {
			Invoice loaded = this.invoices.findById(invoice.getId()).orElseThrow();
			loaded.getStamps().add(paid);
			loaded.getStamps().add(late);
		});
		this.transaction.executeWithoutResult((status) -> this.invoices.deleteById(invoice.getId()));

		List<SignalSnapshot<?>> audited = this.deliveries.of("audit")
			.stream()
			.<SignalSnapshot<?>>map((delivery) -> (SignalSnapshot<?>) delivery.signal())
			.toList();
		assertThat(audited).extracting(SignalSnapshot::type, SignalSnapshot::action)
			.containsExactly(tuple(SignalType.M2M_CHANGED, M2MAction.PRE_ADD),
					tuple(SignalType.M2M_CHANGED, M2MAction.POST_ADD),
					tuple(SignalType.M2M_CHANGED, M2MAction.PRE_CLEAR),
					tuple(SignalType.M2M_CHANGED, M2MAction.POST_CLEAR), tuple(SignalType.POST_DELETE, null));
		SignalSnapshot<?> added = audited.get(1);
		assertThat(added.pkSet()).containsExactlyInAnyOrder(paid.getId(), late.getId());
		assertThat(added.field()).isEqualTo("stamps");
		assertThat(added.reverse()).isFalse();
		assertThat(added.entityId()).isEqualTo(invoice.getId());
		assertThat(audited.get(4).entityId()).isEqualTo(invoice.getId());
	}

	@Test
	void anUpdateCarriesThePreviousValuesAndTheChangedFields() {
		Customer customer = this.customers.save(new Customer("Ada"));
		Invoice invoice = this.invoices.save(new Invoice("F-5", new BigDecimal("10.00"), customer));
		this.deliveries.clear();

		this.transaction.executeWithoutResult((status) -> {
			Invoice loaded = this.invoices.findById(invoice.getId()).orElseThrow();
			loaded.setAmount(new BigDecimal("12.50"));
			loaded.setStatus(InvoiceStatus.SENT);
		});

		SignalSnapshot<?> snapshot = (SignalSnapshot<?>) this.deliveries.of("index").get(0).signal();
		assertThat(snapshot.created()).isFalse();
		assertThat(snapshot.updateFields()).containsExactlyInAnyOrder("amount", "status");
		assertThat(snapshot.previous()).containsEntry("amount", new BigDecimal("10.00"))
			.containsEntry("status", InvoiceStatus.DRAFT);
		assertThat(snapshot.current()).containsEntry("amount", new BigDecimal("12.50"))
			.containsEntry("status", InvoiceStatus.SENT);
	}

	@Test
	void aReceiverThatFailsTwiceIsRetriedAndCompleted() throws InterruptedException {
		this.deliveries.failTimes("index", 2);
		Customer customer = this.customers.save(new Customer("Ada"));
		this.invoices.save(new Invoice("F-6", BigDecimal.TEN, customer));

		assertThat(this.deliveries.awaitOf("index", 1, 10_000)).hasSize(1);
		awaitStatus("index", "COMPLETED");
		assertThat(this.jdbc.queryForObject(
				"select completion_attempts from EVENT_PUBLICATION where listener_id = 'signals:index'", Integer.class))
			.as("Modulith's 1 on storing, the first claim and two renewals").isEqualTo(4);
		assertThat(this.signals.failureCounts()).containsKey("index");
	}

	@Test
	void aReceiverThatAlwaysFailsIsMarkedFailedListedAndResubmitted() throws InterruptedException {
		this.deliveries.failTimes("index", 3);
		Customer customer = this.customers.save(new Customer("Ada"));
		Invoice invoice = this.invoices.save(new Invoice("F-7", BigDecimal.TEN, customer));

		awaitStatus("index", "FAILED");
		assertThat(this.deliveries.of("index")).isEmpty();
		List<DurablePublication> failed = this.publications.failed();
		assertThat(failed).hasSize(1);
		DurablePublication publication = failed.get(0);
		assertThat(publication.receiver()).isEqualTo("index");
		assertThat(publication.status()).isEqualTo(DurablePublication.Status.FAILED);
		assertThat(publication.attempts()).isEqualTo(3);
		assertThat(publication.snapshot().entityId()).isEqualTo(invoice.getId());
		assertThat(this.publications.incomplete()).extracting(DurablePublication::id).contains(publication.id());

		assertThat(this.publications.resubmit(publication.id())).isTrue();

		assertThat(this.deliveries.of("index")).hasSize(1);
		assertThat(((SignalSnapshot<?>) this.deliveries.of("index").get(0).signal()).id())
			.isEqualTo(publication.snapshot().id());
		assertThat(status("index")).isEqualTo("COMPLETED");
		assertThat(this.publications.failed()).isEmpty();
		assertThat(this.publications.resubmit(publication.id())).as("only failed ones are resubmitted").isFalse();
	}

	@Test
	void aCustomSignalWithADurableReceiverKeepsItsPayload() {
		InvoiceSent payload = new InvoiceSent(42L, "ada@example.com", new BigDecimal("99.90"), LocalDate.of(2026, 1, 2));
		this.transaction.executeWithoutResult((status) -> {
			this.signals.send(InvoiceSent.SIGNAL, this, payload);
			assertThat(this.deliveries.of("mail")).isEmpty();
		});

		List<Deliveries.Delivered> mailed = this.deliveries.of("mail");
		assertThat(mailed).hasSize(1);
		SignalEvent<?> signal = (SignalEvent<?>) mailed.get(0).signal();
		assertThat(signal.payload()).isEqualTo(payload);
		assertThat(signal.signal().name()).isEqualTo("invoice_sent");
		assertThat(signal.sender()).isEqualTo(getClass());
		assertThat(status("mail")).isEqualTo("COMPLETED");
	}

	@Test
	void aCustomSignalSentOutsideATransactionIsStoredAndDeliveredAtOnce() {
		InvoiceSent payload = new InvoiceSent(43L, "bob@example.com", BigDecimal.ONE, LocalDate.of(2026, 1, 3));

		this.signals.send(InvoiceSent.SIGNAL, this, payload);

		assertThat(this.deliveries.of("mail")).hasSize(1);
		assertThat(status("mail")).isEqualTo("COMPLETED");
		assertThat(this.jdbc.queryForObject("select serialized_event from EVENT_PUBLICATION", String.class))
			.contains("\"payload\"", "bob@example.com");
	}

	private void awaitStatus(String receiver, String expected) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		while (!expected.equals(status(receiver)) && System.currentTimeMillis() < deadline) {
			Thread.sleep(20);
		}
		assertThat(status(receiver)).isEqualTo(expected);
	}


}
