package dev.dynasim.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.billing.Bill;
import dev.dynasim.engine.billing.BillableUsage;
import dev.dynasim.engine.billing.PriceKey;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.billing.TableClass;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped us-east-1 price sheet and the facts file's cost examples 38 to 42, to the cent. */
class PriceSheetFilesTest {
    private static final PriceSheet US_EAST_1 = PriceSheetFiles.shipped("us-east-1");
    private static final LocalDate NOW = LocalDate.of(2026, 11, 24);
    private static final LocalDate BEFORE_CUT = LocalDate.of(2024, 10, 15);

    private static BigDecimal total(LocalDate on, long hours, BillableUsage... usage) {
        return Bill.of(US_EAST_1, on, hours, List.of(usage)).total();
    }

    private static BillableUsage onDemand(double readUnits, double writeUnits) {
        return new BillableUsage("T", TableClass.STANDARD, readUnits, writeUnits, 0, 0, 0);
    }

    @Test
    void shippedSheet_everyPriceCitesItsSourceAndDate() {
        assertThat(US_EAST_1.region()).isEqualTo("us-east-1");
        assertThat(US_EAST_1.prices()).allSatisfy(p -> {
            assertThat(p.source()).isNotBlank();
            assertThat(p.checked()).isNotNull();
        });
        for (PriceKey k : PriceKey.values()) assertThat(US_EAST_1.on(k, NOW).amount()).isNotNull();
        assertThat(US_EAST_1.amount(PriceKey.ON_DEMAND_WRITE, LocalDate.of(2024, 11, 1))).isEqualByComparingTo("0.625");
        assertThat(US_EAST_1.amount(PriceKey.ON_DEMAND_WRITE, LocalDate.of(2024, 10, 31))).isEqualByComparingTo("1.25");
    }

    @Test
    void example38_onDemandWrites() {
        assertThat(total(NOW, 0, onDemand(0, 10_000_000))).isEqualByComparingTo("6.25");
        assertThat(total(BEFORE_CUT, 0, onDemand(0, 10_000_000))).isEqualByComparingTo("12.50");
        // 2.5 KB writes are 3 WRU each
        assertThat(total(NOW, 0, onDemand(0, 30_000_000))).isEqualByComparingTo("18.75");
    }

    @Test
    void example39_onDemandReadsOf3KbByConsistency() {
        assertThat(total(NOW, 0, onDemand(25_000_000, 0))).isEqualByComparingTo("3.125");
        assertThat(total(NOW, 0, onDemand(50_000_000, 0))).isEqualByComparingTo("6.25");
        assertThat(total(NOW, 0, onDemand(100_000_000, 0))).isEqualByComparingTo("12.50");
    }

    @Test
    void example40_provisionedCapacityForAMonth_andTheFreeTier() {
        BillableUsage writes = new BillableUsage("T", TableClass.STANDARD, 0, 0, 0, 100 * 720, 0);
        Bill bill = Bill.of(US_EAST_1, NOW, 720, List.of(writes));
        assertThat(bill.lines().get(0).amount()).isEqualByComparingTo("46.80");
        assertThat(bill.total()).isEqualByComparingTo("35.10");
        BillableUsage reads = new BillableUsage("T", TableClass.STANDARD, 0, 0, 100 * 720, 0, 0);
        Bill readBill = Bill.of(US_EAST_1, NOW, 720, List.of(reads));
        assertThat(readBill.lines().get(0).amount()).isEqualByComparingTo("9.36");
        assertThat(readBill.total()).isEqualByComparingTo("7.02");
    }

    @Test
    void example41_breakEvenUtilisation() {
        // one WCU-hour serves 3,600 writes of 1 KB; on demand they cost 3,600 WRU
        BigDecimal provisioned = US_EAST_1.amount(PriceKey.PROVISIONED_WRITE, NOW);
        BigDecimal onDemand = US_EAST_1.amount(PriceKey.ON_DEMAND_WRITE, NOW).multiply(BigDecimal.valueOf(3_600))
                .divide(BigDecimal.valueOf(1_000_000));
        assertThat(onDemand).isEqualByComparingTo("0.00225");
        assertThat(provisioned.divide(onDemand, MathContext.DECIMAL64).doubleValue()).isCloseTo(0.289, org.assertj.core.data.Offset.offset(0.0005));
        BigDecimal before = US_EAST_1.amount(PriceKey.ON_DEMAND_WRITE, BEFORE_CUT).multiply(BigDecimal.valueOf(3_600))
                .divide(BigDecimal.valueOf(1_000_000));
        assertThat(provisioned.divide(before, MathContext.DECIMAL64).doubleValue()).isCloseTo(0.144, org.assertj.core.data.Offset.offset(0.0005));
    }

    @Test
    void example42_storageOf100GbForAMonth() {
        BillableUsage storage = new BillableUsage("T", TableClass.STANDARD, 0, 0, 0, 0, 100);
        Bill bill = Bill.of(US_EAST_1, NOW, 720, List.of(storage));
        assertThat(bill.total()).isEqualByComparingTo("18.75");
        assertThat(bill.toString()).isEqualTo("Bill for 720 hours in us-east-1, prices of 2026-11-24\n"
                + "table      item                           quantity  unit      unit price  amount\n"
                + "T          Storage (Standard)                  100  GB-month       $0.25  $25.00\n"
                + "(account)  Free tier: storage (Standard)        25  GB-month       $0.25  -$6.25\n"
                + "           Total                                                          $18.75\n");
    }

    @Test
    void badSheet_namesTheField() {
        assertThatThrownBy(() -> PriceSheetFiles.parse("{\"region\": \"x\", \"prices\": [{\"key\": \"ON_DEMAND_WRITE\", \"amount\": 0.625,"
                + " \"source\": \"s\", \"checked\": \"2026-11-24\"}]}", "mine.json"))
                .isInstanceOf(ScenarioFileException.class).hasMessageStartingWith("mine.json: prices[0].amount: ");
        assertThatThrownBy(() -> PriceSheetFiles.parse("{\"region\": \"x\", \"prices\": [{\"key\": \"ON_DEMAND_WRITE\", \"amount\": \"1\","
                + " \"source\": \"s\"}]}", "mine.json"))
                .isInstanceOf(ScenarioFileException.class).hasMessageContaining("checked");
    }

    @Test
    void sheetWithOverlappingPrices_orAGapAtCurrentPrices_isRefusedWhenRead() {
        String overlap = shippedWith("{\"key\": \"PROVISIONED_READ\", \"amount\": \"0.0002\", \"effectiveFrom\": \"2020-01-01\","
                + " \"source\": \"s\", \"checked\": \"2026-11-24\"}");
        assertThatThrownBy(() -> PriceSheetFiles.parse(overlap, "mine.json")).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("two prices of PROVISIONED_READ are in effect on the same days: [2020-01-01, on) and [always, on)");
        String gap = shippedWith("{\"key\": \"STORAGE_STANDARD\", \"amount\": \"0.30\", \"effectiveFrom\": \"2030-01-01\","
                + " \"effectiveUntil\": \"2031-01-01\", \"source\": \"s\", \"checked\": \"2026-11-24\"}")
                .replace("{\"key\": \"STORAGE_STANDARD\", \"amount\": \"0.25\", \"source\"", "{\"key\": \"STORAGE_STANDARD\", \"amount\": \"0.25\", \"effectiveUntil\": \"2030-01-01\", \"source\"");
        assertThatThrownBy(() -> PriceSheetFiles.parse(gap, "mine.json")).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("no price of STORAGE_STANDARD is in effect from 2030-01-01 on");
    }

    /** The shipped sheet's text with one more price. */
    private static String shippedWith(String price) {
        try (var in = PriceSheetFilesTest.class.getResourceAsStream("/prices/us-east-1.json")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return text.replace("\"prices\": [", "\"prices\": [" + price + ",");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
