package org.sanxiang.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An agency's 违法行为与行政处罚裁量基准 as in force on a day, for casework: a penalty names a violation of it and one
 * of its circumstance bands, and the fine stays in the band's range (行政处罚法 第三十四条).
 */
public interface DiscretionBenchmarks {

    Optional<Violation> violation(long agencyId, String code, LocalDate day);

    record Violation(String code, String name, int version, List<Band> bands) {

        /** @param circumstance NO_PENALTY, MITIGATED, LIGHTER, ORDINARY or HEAVIER */
        public Optional<Band> band(String circumstance) {
            return bands.stream().filter(b -> b.circumstance().equals(circumstance)).findFirst();
        }
    }

    /**
     * A circumstance band: a fine between two amounts (AMOUNT), a multiple of the goods' value or the illegal gains
     * with an optional floor and cap (MULTIPLE), or no penalty (NONE).
     *
     * @param description as the list publishes it, e.g. "货值金额10倍至15倍（不低于5万元）"
     */
    record Band(String circumstance, String conditions, String description, String kind, BigDecimal min,
            BigDecimal max, BigDecimal floor, BigDecimal cap) {

        /**
         * The fine's range in yuan: for a multiple, of the base amount (the goods' value or the illegal gains),
         * raised to the floor and lowered to the cap. Empty for no penalty, or a multiple without its base.
         */
        public Optional<BigDecimal[]> range(BigDecimal base) {
            return switch (kind) {
                case "AMOUNT" -> Optional.of(new BigDecimal[] {min, max});
                case "MULTIPLE" -> base == null ? Optional.empty()
                        : Optional.of(new BigDecimal[] {bounded(base.multiply(min)), bounded(base.multiply(max))});
                default -> Optional.empty();
            };
        }

        private BigDecimal bounded(BigDecimal amount) {
            BigDecimal value = amount.setScale(2, RoundingMode.HALF_UP);
            if (floor != null && value.compareTo(floor) < 0) {
                value = floor;
            }
            return cap != null && value.compareTo(cap) > 0 ? cap : value;
        }
    }
}
