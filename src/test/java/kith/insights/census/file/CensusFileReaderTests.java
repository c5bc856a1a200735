package kith.insights.census.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kith.insights.census.CensusChild;
import kith.insights.census.CensusHeader;
import org.junit.jupiter.api.Test;

/** Reading census files: both DfE layouts, tolerant of what is wrong inside, refusing what is not a census at all. */
class CensusFileReaderTests {

    record Read(List<CensusHeader> headers, List<CensusChild> children) {}

    private static Read read(InputStream in) throws NotACensusFile {
        Read read = new Read(new ArrayList<>(), new ArrayList<>());
        int count = CensusFileReader.read(in, new CensusFileReader.Reading() {
            @Override
            public void header(CensusHeader header) {
                read.headers().add(header);
            }

            @Override
            public void child(CensusChild child) {
                read.children().add(child);
            }
        });
        assertThat(count).isEqualTo(read.children().size());
        return read;
    }

    private static Read read(String xml) throws NotACensusFile {
        return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Read sample(String name) throws NotACensusFile {
        return read(CensusFileReaderTests.class.getResourceAsStream("/census/" + name));
    }

    @Test
    void readsThe2026SampleWithItsPreProceedingsBlock() throws Exception {
        Read read = sample("sample_CIN_Census_2026.xml");
        assertThat(read.headers()).hasSize(1);
        CensusHeader header = read.headers().getFirst();
        assertThat(header.collection()).isEqualTo("CIN");
        assertThat(header.referenceDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(header.lea()).isEqualTo("201");
        assertThat(header.madeAt()).isEqualTo("2023-05-23T11:14:05");
        assertThat(read.children()).extracting(CensusChild::laChildId)
                .containsExactly("DfEX0000001", "child_fails_assessments");

        CensusChild first = read.children().getFirst();
        // The stray text after UPNunknown does not disturb the elements around it.
        assertThat(first.upnUnknown()).isEqualTo("UN3");
        assertThat(first.birthDate()).isEqualTo(LocalDate.of(2015, 3, 27));
        assertThat(first.sex()).isEqualTo("1");
        assertThat(first.disabilities()).containsExactly("HAND", "HEAR");
        CensusChild.Episode episode = first.episodes().getFirst();
        assertThat(episode.referralNfa()).isFalse();
        assertThat(episode.assessments().getFirst().factors()).containsExactly("1C", "RB", "6B");
        assertThat(episode.section47s().getFirst().icpcNotRequired()).isFalse();
        assertThat(episode.protectionPlans().getFirst().numberOfPreviousPlans()).isEqualTo(10);
        assertThat(episode.protectionPlans().getFirst().reviewDates()).containsExactly(LocalDate.of(2023, 2, 15));
        CensusChild.PreProceedings pp = episode.preProceedings();
        assertThat(pp.startDate()).isEqualTo(LocalDate.of(2026, 9, 9));
        assertThat(pp.fgdmMeetingOffer()).isEqualTo(1);
        assertThat(pp.reviewMeetingsCount()).isEqualTo(3);
        assertThat(pp.outcome()).isEqualTo("A");
        assertThat(pp.letterInitialCpDate()).isEqualTo(LocalDate.of(2027, 2, 5));

        CensusChild second = read.children().get(1);
        assertThat(second.disabilities()).containsExactly("NONE");
        assertThat(second.episodes().getFirst().assessments().getFirst().factors()).isEmpty();
        assertThat(second.episodes().getFirst().preProceedings()).isNull();
    }

    @Test
    void readsThe2024SampleWithoutThePreProceedingsBlock() throws Exception {
        Read read = sample("sample_CIN_Census_2024.xml");
        assertThat(read.children()).hasSize(2);
        assertThat(read.children().getFirst().episodes().getFirst().preProceedings()).isNull();
    }

    @Test
    void readsGenderCurrentAsWrittenAndAnUnreadableDateAsNull() throws Exception {
        Read read = read("""
                <Message><Header><CollectionDetails><Collection>CIN</Collection><ReferenceDate>31/03/2025</ReferenceDate>
                </CollectionDetails></Header><Children><Child>
                <ChildIdentifiers><LAchildID> A1 </LAchildID><PersonBirthDate>2019-02-30</PersonBirthDate>
                <GenderCurrent>2</GenderCurrent></ChildIdentifiers>
                <ChildCharacteristics><Ethnicity>wbri</Ethnicity><Disabilities><Disability/></Disabilities></ChildCharacteristics>
                <CINdetails><CINreferralDate>2024-05-01</CINreferralDate><ReferralNFA>maybe</ReferralNFA>
                <ChildProtectionPlans><CPPstartDate>2024-06-01</CPPstartDate><NumberOfPreviousCPP>two</NumberOfPreviousCPP>
                <Reviews><CPPreviewDate>soon</CPPreviewDate></Reviews></ChildProtectionPlans></CINdetails>
                </Child></Children></Message>""");
        assertThat(read.headers().getFirst().referenceDate()).isNull();
        CensusChild child = read.children().getFirst();
        assertThat(child.laChildId()).isEqualTo("A1");
        assertThat(child.birthDate()).isNull();
        assertThat(child.sex()).isEqualTo("2");
        assertThat(child.ethnicity()).isEqualTo("wbri");
        assertThat(child.disabilities()).containsExactly((String) null);
        CensusChild.Episode episode = child.episodes().getFirst();
        assertThat(episode.referralNfa()).isNull();
        assertThat(episode.protectionPlans().getFirst().numberOfPreviousPlans()).isNull();
        assertThat(episode.protectionPlans().getFirst().reviewDates()).containsExactly((LocalDate) null);
    }

    @Test
    void refusesAFileThatIsNotXmlOrNotACinMessage() {
        assertThatThrownBy(() -> read("name,date\nA,2024-01-01")).isInstanceOf(NotACensusFile.class)
                .hasMessageContaining("not XML");
        assertThatThrownBy(() -> read("")).isInstanceOf(NotACensusFile.class);
        assertThatThrownBy(() -> read("<Return><Children/></Return>")).isInstanceOf(NotACensusFile.class)
                .hasMessage("The file is not a CIN census: it begins with Return, not Message");
        assertThatThrownBy(() -> read("<Message><Header><CollectionDetails><Collection>SSDA903</Collection>"
                + "</CollectionDetails></Header></Message>")).isInstanceOf(NotACensusFile.class)
                .hasMessageContaining("its Collection is SSDA903");
    }

    @Test
    void refusesADocumentTypeSoThatNoEntityIsExpanded() {
        assertThatThrownBy(() -> read("""
                <?xml version="1.0"?><!DOCTYPE Message [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <Message><Children><Child><ChildIdentifiers><LAchildID>&x;</LAchildID></ChildIdentifiers></Child>
                </Children></Message>""")).isInstanceOf(NotACensusFile.class);
    }
}
