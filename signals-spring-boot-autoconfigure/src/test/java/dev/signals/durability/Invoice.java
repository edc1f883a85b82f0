package dev.signals.durability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

@Entity
public class Invoice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String number;

	private BigDecimal amount;

	@Enumerated(EnumType.STRING)
	private InvoiceStatus status = InvoiceStatus.DRAFT;

	private LocalDate issuedOn;

	@ManyToOne(fetch = FetchType.LAZY)
	private Customer customer;

	@ManyToMany
	private Set<Stamp> stamps = new LinkedHashSet<>();

	protected Invoice() {
	}

	public Invoice(String number, BigDecimal amount, Customer customer) {
		this.number = number;
		this.amount = amount;
		this.customer = customer;
		this.issuedOn = LocalDate.of(2026, 11, 27);
	}

	public Long getId() {
		return this.id;
	}

	public String getNumber() {
		return this.number;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public InvoiceStatus getStatus() {
		return this.status;
	}

	public void setStatus(InvoiceStatus status) {
		this.status = status;
	}

	public Set<Stamp> getStamps() {
		return this.stamps;
	}

}
