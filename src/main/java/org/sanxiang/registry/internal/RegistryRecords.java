package org.sanxiang.registry.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

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
 * record, whose facts are the very ones its commands append ({@code Agency.facts()}, ...).
 */
@Configuration(proxyBeanMethods = false)
class RegistryRecords {

    @Bean
    ReconciledRecords agencyRecords(EntityManager em) {
        return new Table<>(em, Agency.class, "", Agency::facts) {
            @Override
            public String recordType() {
                return "agency";
            }

            @Override
            public String nameZh() {
                return "执法主体";
            }

            @Override
            public Set<String> entryTypes() {
                return Set.of("agency.registered", "agency.updated");
            }

            @Override
            public Set<String> laterFacts() {
                return Set.of("region", "address", "phone", "complaintPhone");
            }
        };
    }

    @Bean
    ReconciledRecords unitRecords(EntityManager em) {
        return new Table<>(em, AgencyUnit.class, "", AgencyUnit::facts) {
            @Override
            public String recordType() {
                return "unit";
            }

            @Override
            public String nameZh() {
                return "内设机构";
            }

            @Override
            public Set<String> entryTypes() {
                return Set.of("unit.added", "unit.updated");
            }

            @Override
            public Optional<String> keyFact() {
                return Optional.of("unitId"); // the entry's subject is the agency
            }

            @Override
            public Set<String> laterFacts() {
                return Set.of("agencyId");
            }
        };
    }

    @Bean
    ReconciledRecords officerRecords(EntityManager em) {
        return new Table<>(em, Officer.class, "", Officer::facts) {
            @Override
            public String recordType() {
                return "officer";
            }

            @Override
            public String nameZh() {
                return "执法人员";
            }

            @Override
            public Set<String> entryTypes() {
                return Set.of("officer.registered", "officer.updated");
            }
        };
    }

    @Bean
    ReconciledRecords officerPhotoRecords(EntityManager em) {
        return new Table<>(em, Officer.class, "where e.photoType is not null", Officer::photoFacts) {
            @Override
            public String recordType() {
                return "officer-photo";
            }

            @Override
            public String nameZh() {
                return "执法人员照片";
            }

            @Override
            public Set<String> entryTypes() {
                return Set.of("officer.photo-set");
            }
        };
    }

    @Bean
    ReconciledRecords credentialRecords(EntityManager em) {
        return new Table<>(em, Credential.class, "", Credential::facts) {
            @Override
            public String recordType() {
                return "credential";
            }

            @Override
            public String nameZh() {
                return "执法证";
            }

            @Override
            public Set<String> entryTypes() {
                return Set.of("credential.issued", "credential.status-changed");
            }

            @Override
            public Optional<String> keyFact() {
                return Optional.of("credentialId"); // the entry's subject is the officer
            }

            @Override
            public Set<String> laterFacts() {
                return Set.of("officerId", "areas");
            }

            @Override
            public Set<String> changeFacts() {
                return Set.of("from", "reason");
            }
        };
    }

    @Bean
    ReconciledRecords legalStaffRecords(EntityManager em) {
        return new Table<>(em, LegalStaff.class, "", LegalStaff::facts) {
            @Override
            public String recordType() {
                return "legal-staff";
            }

            @Override
            public String nameZh() {
                return "法制审核人员";
            }

            @Override
            public Set<String> entryTypes() {
                return Set.of("legal-staff.added", "legal-staff.updated");
            }

            @Override
            public Optional<String> keyFact() {
                return Optional.of("legalStaffId"); // the entry's subject is the agency
            }

            @Override
            public Set<String> laterFacts() {
                return Set.of("agencyId", "unitId", "qualificationNo", "qualifiedOn");
            }
        };
    }

    /** A table's rows streamed in id order, each detached once its facts are taken, so none accumulate. */
    private abstract static class Table<T extends AuditedEntity> implements ReconciledRecords {

        private final EntityManager em;
        private final Class<T> entity;
        private final String where;
        private final Function<T, Map<String, Object>> facts;

        Table(EntityManager em, Class<T> entity, String where, Function<T, Map<String, Object>> facts) {
            this.em = em;
            this.entity = entity;
            this.where = where;
            this.facts = facts;
        }

        @Override
        public void forEachRow(Consumer<Row> action) {
            String jpql = "select e from " + entity.getSimpleName() + " e " + where + " order by e.id";
            try (Stream<T> rows = em.createQuery(jpql, entity).setHint("org.hibernate.fetchSize", 500)
                    .getResultStream()) {
                rows.forEach(row -> {
                    action.accept(new Row(Long.toString(row.getId()), facts.apply(row)));
                    em.detach(row);
                });
            }
        }
    }
}
