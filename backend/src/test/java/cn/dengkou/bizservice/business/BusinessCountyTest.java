package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.Counties;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** USCC → county: characters 3-8 name the registering authority, which may be a county, the prefecture or elsewhere. */
class BusinessCountyTest {

    static final List<Counties.County> TABLE = List.of(
            new Counties.County("150800", "巴彦淖尔市", null, true),
            new Counties.County("150802", "临河区", "150800", false),
            new Counties.County("150822", "磴口县", "150800", false),
            new Counties.County("150826", "杭锦后旗", "150800", false));

    static final Counties DENGKOU = new Counties(TABLE, List.of("150822"));
    static final Counties TWO = new Counties(TABLE, List.of("150822", "150826"));

    @Test
    void aCodeRegisteredByAServedCountyBelongsToIt() {
        assertThat(BusinessCounty.fromUscc(TestUscc.random("150822"), DENGKOU)).isEqualTo("150822");
        assertThat(BusinessCounty.fromUscc(TestUscc.random("150822"), TWO)).isEqualTo("150822");
        assertThat(BusinessCounty.fromUscc(TestUscc.random("150826"), TWO)).isEqualTo("150826");
    }

    @Test
    void aCodeRegisteredByThePrefectureBelongsToItsOnlyServedCountyElseToNone() {
        String cityRegistered = TestUscc.random("150800");
        assertThat(Uscc.division(cityRegistered)).isEqualTo("150800");
        assertThat(BusinessCounty.fromUscc(cityRegistered, DENGKOU)).isEqualTo("150822");
        assertThat(BusinessCounty.fromUscc(cityRegistered, TWO)).as("two counties under it: the code cannot tell").isNull();
    }

    @Test
    void aCodeRegisteredElsewhereTellsNothing() {
        assertThat(BusinessCounty.fromUscc(TestUscc.random("150826"), DENGKOU)).as("a county not served").isNull();
        assertThat(BusinessCounty.fromUscc(TestUscc.random("150802"), TWO)).isNull();
        assertThat(BusinessCounty.fromUscc("91110000802100433B", TWO)).as("registered in Beijing (110000)").isNull();
        assertThat(BusinessCounty.fromUscc("91440300708461136T", DENGKOU)).as("Shenzhen (440300)").isNull();
    }

    @Test
    void theRegistryCountyCellTakesACodeOrAServedCountysName() {
        assertThat(BusinessCounty.fromCell("150826", TWO)).isEqualTo("150826");
        assertThat(BusinessCounty.fromCell(" 杭锦后旗 ", TWO)).isEqualTo("150826");
        assertThat(BusinessCounty.fromCell("磴口县", DENGKOU)).isEqualTo("150822");
        assertThat(BusinessCounty.fromCell("杭锦后旗", DENGKOU)).as("known but not served").isNull();
        assertThat(BusinessCounty.fromCell("临河区", TWO)).isNull();
        assertThat(BusinessCounty.fromCell("150800", TWO)).as("a prefecture is no business's county").isNull();
    }
}
