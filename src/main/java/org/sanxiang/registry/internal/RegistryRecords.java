package org.sanxiang.registry.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.sanxiang.ledger.ReconciledRecords;
import org.sanxiang.platform.AuditedEntity;
import org.sanxiang.registry.internal.agency.Agency;
import org.sanxiang.registry.internal.agency.AgencyUnit;
import org.sanxiang.registry.internal.credential.Credential;
import org.sanxiang.registry.internal.legalstaff.LegalStaff;
import org.sanxiang.registry.internal.officer.Officer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every registry table as the ledger records it, for {@code ledger verify} to reconcile: one bean per kind of
 * record, whose facts are the very ones its commands append ({@code Agency.facts()}, ...). Later facts: see each
 * aggregate's {@code facts()}.
 */
@Configuration(proxyBeanMethods = false)
class RegistryRecords {

    @Bean
    ReconciledRecords agencyRecords(EntityManager em) {
        return new Table<>(em, Agency.class, Agency::facts, "agency", "执法主体", "agency.registered", "agency.updated")
                .later("region", "address", "phone", "complaintPhone");
    }

    @Bean
    ReconciledRecords unitRecords(EntityManager em) {
        return new Table<>(em, AgencyUnit.class, AgencyUnit::facts, "unit", "内设机构", "unit.added", "unit.updated")
                .keyedBy("unitId") // the entry's subject is the agency
                .later("agencyId");
    }

    @Bean
    ReconciledRecords officerRecords(EntityManager em) {
        return new Table<>(em, Officer.class, Officer::facts, "officer", "执法人员", "officer.registered",
                "officer.updated");
    }

    @Bean
    ReconciledRecords officerPhotoRecords(EntityManager em) {
        return new Table<>(em, Officer.class, Officer::photoFacts, "officer-photo", "执法人员照片", "officer.photo-set")
                .where("e.photoType is not null");
    }

    @Bean
    ReconciledRecords credentialRecords(EntityManager em) {
        return new Table<>(em, Credential.class, Credential::facts, "credential", "执法证", "credential.issued",
                "credential.status-changed")
                .keyedBy("credentialId") // the entry's subject is the officer
                .later("officerId", "areas")
                .changes("from", "reason");
    }

    @Bean
    ReconciledRecords legalStaffRecords(EntityManager em) {
        return new Table<>(em, LegalStaff.class, LegalStaff::facts, "legal-staff", "法制审核人员", "legal-staff.added",
                "legal-staff.updated")
                .keyedBy("legalStaffId") // the entry's subject is the agency
                .later("agencyId", "unitId", "qualificationNo", "qualifiedOn");
    }

    /** A table's rows streamed in id order, each detached once its facts are taken, so none accumulate. */
    private static final class Table<T extends AuditedEntity> implements ReconciledRecords {

        private final EntityManager em;
        private final Class<T> entity;
        private final Function<T, Map<String, Object>> facts;
        private final String recordType;
        private final String nameZh;
        private final Set<String> entryTypes;
        private String where = "";
        private String keyFact;
        private Set<String> laterFacts = Set.of();
        private Set<String> changeFacts = Set.of();

        Table(EntityManager em, Class<T> entity, Function<T, Map<String, Object>> facts, String recordType,
                String nameZh, String... entryTypes) {
            this.em = em;
            this.entity = entity;
            this.facts = facts;
            this.recordType = recordType;
            this.nameZh = nameZh;
            this.entryTypes = Set.of(entryTypes);
        }

        Table<T> where(String condition) {
            this.where = "where " + condition;
            return this;
        }

        Table<T> keyedBy(String fact) {
            this.keyFact = fact;
            return this;
        }

        Table<T> later(String... facts) {
            this.laterFacts = Set.of(facts);
            return this;
        }

        Table<T> changes(String... facts) {
            this.changeFacts = Set.of(facts);
            return this;
        }

        @Override
        public String recordType() {
            return recordType;
        }

        @Override
        public String nameZh() {
            return nameZh;
        }

        @Override
        public Set<String> entryTypes() {
            return entryTypes;
        }

        @Override
        public Optional<String> keyFact() {
            return Optional.ofNullable(keyFact);
        }

        @Override
        public Set<String> laterFacts() {
            return laterFacts;
        }

        @Override
        public Set<String> changeFacts() {
            return changeFacts;
        }

        @Override
        public void forEachRow(Consumer<Row> action) {
            String jpql = "select e from " + entity.getSimpleName() + " e " + where + " order by e.id";
            ReconciledRecords.forEachEntity(em, jpql, entity, row -> new Row(Long.toString(row.getId()),
                    facts.apply(row)), action);
        }
    }
}
