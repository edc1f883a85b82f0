package dev.signals.durability;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.signals.BulkChanged;
import dev.signals.BulkOperation;
import dev.signals.M2MAction;
import dev.signals.ModelSignal;

import dev.signals.SignalEvent;
import dev.signals.SignalSnapshot;
import dev.signals.SignalType;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SnapshotJsonIntegrationTests extends DurabilityTestSupport {

	@Autowired
	JsonMapper json;

	@Autowired
	InvoiceReceivers receivers;

	@Autowired
	InvoiceRepository invoices;

	@Autowired
	CustomerRepository customers;

	@Autowired
	StampRepository stamps;

	@Test
	void theSnapshotOfEverySignalOfALifecycleReadsBackEqual() {
		this.receivers.clearSent();
		Customer customer = this.customers.save(new Customer("Ada"));
		Stamp stamp = this.stamps.save(new Stamp("paid"));
		Invoice invoice = this.invoices.save(new Invoice("F-1", new BigDecimal("10.50"), customer));
		this.transaction.executeWithoutResult((status) -> {
			Invoice loaded = this.invoices.findById(invoice.getId()).orElseThrow();
			loaded.setAmount(new BigDecimal("11.00"));
			loaded.setStatus(InvoiceStatus.SENT);
			loaded.getStamps().add(stamp);
		});
		this.transaction.executeWithoutResult((status) -> this.invoices.findById(invoice.getId()).orElseThrow());
		this.transaction.executeWithoutResult((status) -> this.invoices.deleteById(invoice.getId()));

		List<SignalSnapshot<?>> snapshots = new ArrayList<>();
		for (ModelSignal<?> signal : this.receivers.sent()) {
			snapshots.add(signal.snapshot());
		}
		assertThat(snapshots).extracting(SignalSnapshot::type)
			.contains(SignalType.PRE_SAVE, SignalType.POST_SAVE, SignalType.M2M_CHANGED, SignalType.PRE_INIT,
					SignalType.POST_INIT, SignalType.PRE_DELETE, SignalType.POST_DELETE);
		snapshots.add(new BulkChanged<>(Invoice.class, BulkOperation.UPDATE, 3, "default").snapshot());
		snapshots.add(new SignalEvent<>(InvoiceSent.SIGNAL, this,
				new InvoiceSent(1L, "ada@example.com", new BigDecimal("1.10"), LocalDate.of(2026, 2, 3)))
			.snapshot());
		for (SignalSnapshot<?> snapshot : snapshots) {
			String written = this.json.writeValueAsString(snapshot);
			SignalSnapshot<?> read = this.json.readValue(written, SignalSnapshot.class);
			assertThat(read).as(written).isEqualTo(snapshot);
			assertThat(read.current()).as(written).isEqualTo(snapshot.current());
			assertThat(this.json.writeValueAsString(read)).isEqualTo(written);
		}
	}

	@Test
	void valuesKeepTheirJavaTypes() {
		Map<String, Object> current = new LinkedHashMap<>();
		current.put("amount", new BigDecimal("10.500"));
		current.put("count", 3);
		current.put("total", 3L);
		current.put("ratio", 0.25f);
		current.put("on", LocalDate.of(2026, 11, 27));
		current.put("at", Instant.parse("2026-11-27T10:15:30.123456789Z"));
		current.put("key", UUID.fromString("0e0a3a3c-8d1c-4c35-9a43-1c1b0f6f2a11"));
		current.put("status", InvoiceStatus.SENT);
		current.put("missing", null);
		SignalSnapshot<Invoice> snapshot = SignalSnapshot.builder(SignalType.M2M_CHANGED, Invoice.class)
			.entityId(7L)
			.current(current)
			.m2m(M2MAction.POST_REMOVE, "stamps", true, Set.of(1L, 2L))
			.external(true)
			.build();

		SignalSnapshot<?> read = this.json.readValue(this.json.writeValueAsString(snapshot), SignalSnapshot.class);

		assertThat(read).isEqualTo(snapshot);
		assertThat(read.entityId()).isInstanceOf(Long.class);
		assertThat(read.current().get("count")).isInstanceOf(Integer.class);
		assertThat(read.current().get("total")).isInstanceOf(Long.class);
		assertThat(read.current().get("ratio")).isInstanceOf(Float.class);
		assertThat(((BigDecimal) read.current().get("amount")).scale()).isEqualTo(3);
		assertThat(read.current()).containsKey("missing");
		assertThat(read.pkSet()).containsExactlyInAnyOrder(1L, 2L);
		assertThat(read.reverse()).isTrue();
		assertThat(read.external()).isTrue();
	}

	@Test
	void aSnapshotNamingAClassThatIsNoValueOfItsSenderIsRefused() {
		SignalSnapshot<Invoice> snapshot = SignalSnapshot.builder(SignalType.POST_SAVE, Invoice.class)
			.current(Map.of("amount", BigDecimal.ONE))
			.build();
		String hostile = this.json.writeValueAsString(snapshot)
			.replace("\"java.math.BigDecimal\"", "\"java.lang.ProcessBuilder\"");

		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.json.readValue(hostile, SignalSnapshot.class))
			.withMessageContaining("java.lang.ProcessBuilder");
	}

	@Test
	void aSnapshotOfAnUnknownSenderIsRefused() {
		String written = this.json.writeValueAsString(SignalSnapshot.builder(SignalType.POST_SAVE, Invoice.class).build())
			.replace(Invoice.class.getName(), "com.example.Gone");

		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.json.readValue(written, SignalSnapshot.class))
			.withMessageContaining("com.example.Gone");
	}


}
