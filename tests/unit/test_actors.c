/* test_actors.c — actor recognition with herodote's own dictionaries (data/dict). */
#include "util.h"

static hd_coder *code_text(const char *text, const char *date, const char *lang) { return test_code(text, date, lang); }

/* The code of the mention whose text is exactly `what`, or "(none)". */
static const char *code_of(hd_coder *c, const char *what) {
    static char buf[128];
    for (size_t i = 0; i < hd_coder_nmentions(c); i++) {
        const hd_mention *m = hd_coder_mention(c, i);
        if (m->end - m->start == strlen(what) && !memcmp(test_text() + m->start, what, strlen(what))) {
            if (m->ncodes == 2) snprintf(buf, sizeof buf, "%s+%s", m->codes[0], m->codes[1]);
            else snprintf(buf, sizeof buf, "%s", m->code);
            return buf;
        }
    }
    return "(none)";
}

TEST(seed_story_actors) {
    const char *buf = test_seed_story();
    if (!buf) return;
    hd_coder *c = code_text(buf, "2024-07-09", "fr");
    CHECK_EQ_STR(code_of(c, "président élu iranien Massoud Pezeshkian"), "IRNGOV");
    CHECK_EQ_STR(code_of(c, "Pezeshkian"), "IRNGOV");
    CHECK_EQ_STR(code_of(c, "président kazakh Kassym-Jomart Tokaïev"), "KAZGOV");
    CHECK_EQ_STR(code_of(c, "président kazakh"), "KAZGOV");
    CHECK_EQ_STR(code_of(c, "Astana"), "KAZ");
    CHECK_EQ_STR(code_of(c, "Premier ministre japonais Fumio Kishida"), "JPNGOV");
    CHECK_EQ_STR(code_of(c, "Premier ministre japonais"), "JPNGOV");
    CHECK_EQ_STR(code_of(c, "ministère japonais des Affaires étrangères"), "JPNGOV");
    CHECK_EQ_STR(code_of(c, "Premier ministre Kishida"), "JPNGOV");
    CHECK_EQ_STR(code_of(c, "ONU"), "IGOUNO");
    CHECK_EQ_STR(code_of(c, "Assemblée générale de l’ONU"), "IGOUNO");
    CHECK_EQ_STR(code_of(c, "Émirats arabes unis"), "ARE");
    CHECK_EQ_STR(code_of(c, "Israël"), "ISR");
    CHECK_EQ_STR(code_of(c, "Palestine"), "PSE");
    CHECK_EQ_STR(code_of(c, "deux pays"), "KAZ+IRN");
    CHECK_EQ_STR(code_of(c, "deux parties"), "JPNGOV+IRNGOV");   /* Kishida and Pezeshkian */
}

TEST(leaders_are_coded_by_the_story_date) {
    hd_coder *c = code_text("Donald Trump a rencontré Emmanuel Macron.", "2019-08-25", "fr");
    CHECK_EQ_STR(code_of(c, "Donald Trump"), "USAGOV");
    c = code_text("Donald Trump a rencontré Emmanuel Macron.", "2023-06-01", "fr");
    CHECK_EQ_STR(code_of(c, "Donald Trump"), "USAELI");
    CHECK_EQ_STR(code_of(c, "Emmanuel Macron"), "FRAGOV");
    c = code_text("L'ancien Premier ministre israélien Benyamin Netanyahou a critiqué le gouvernement.", "2022-03-01", "fr");
    CHECK_EQ_STR(code_of(c, "ancien Premier ministre israélien Benyamin Netanyahou"), "ISRELI");
}

TEST(earlier_roles_of_later_leaders) {
    /* an officer before his failed coup, an opposition leader, an acting prime minister */
    hd_coder *c = code_text("Hugo Chavez a rencontré Fidel Castro.", "1998-06-01", "fr");
    CHECK_EQ_STR(code_of(c, "Hugo Chavez"), "VENOPP");
    c = code_text("Vladimir Poutine a rencontré le président.", "1999-08-10", "fr");
    CHECK_EQ_STR(code_of(c, "Vladimir Poutine"), "RUSGOV");
    c = code_text("Alassane Ouattara a dénoncé le coup d'État.", "1999-12-25", "fr");
    CHECK_EQ_STR(code_of(c, "Alassane Ouattara"), "CIVOPP");
}

TEST(agent_composition_french) {
    hd_coder *c = code_text("Le ministre russe des Affaires étrangères a reçu le chef de la diplomatie iranienne, "
                            "puis le ministre des Affaires étrangères de l'Arménie et l'armée israélienne.", "2024-01-10", "fr");
    CHECK_EQ_STR(code_of(c, "ministre russe des Affaires étrangères"), "RUSGOV");
    CHECK_EQ_STR(code_of(c, "ministre des Affaires étrangères de l'Arménie"), "ARMGOV");
    CHECK_EQ_STR(code_of(c, "armée israélienne"), "ISRMIL");
    /* "par intérim" between the title and the name: one mention */
    c = code_text("Le Premier ministre malien par intérim Abdoulaye Maïga a condamné les sanctions.", "2022-09-01", "fr");
    CHECK_EQ_STR(code_of(c, "Premier ministre malien par intérim Abdoulaye Maïga"), "MLIGOV");
    /* (a one-word name before a capitalised word no dictionary knows is someone else's
       first name: "Burhan Wani" is not al-Burhan) */
    c = code_text("Indian troops killed separatist commander Burhan Wani in Kashmir.", "2016-07-09", "en");
    CHECK_EQ_STR(code_of(c, "Burhan"), "(none)");
    /* (warplanes with no nationality take none from the story) */
    c = code_text("DAMASCUS - Syrian troops advanced on Sunday. Unidentified warplanes struck a convoy on Monday.",
                  "2023-05-01", "en");
    CHECK_EQ_STR(code_of(c, "warplanes"), "(none)");
    CHECK_EQ_STR(code_of(c, "Syrian troops"), "SYRMIL");
    /* (a status word before the country adjective) */
    c = code_text("LA PAZ (AFP) - Le gouvernement intérimaire bolivien a expulsé l'ambassadrice du Mexique.", "2019-12-30",
                  "fr");
    CHECK_EQ_STR(code_of(c, "gouvernement intérimaire bolivien"), "BOLGOV");
}

TEST(agent_composition_english) {
    hd_coder *c = code_text("Iranian Foreign Minister Abbas Araghchi met the foreign minister of Armenia and "
                            "Russia's defence minister in Moscow.", "2025-02-10", "en");
    CHECK_EQ_STR(code_of(c, "Iranian Foreign Minister Abbas Araghchi"), "IRNGOV");
    CHECK_EQ_STR(code_of(c, "foreign minister of Armenia"), "ARMGOV");
    CHECK_EQ_STR(code_of(c, "Russia's defence minister"), "RUSGOVMIL");
    CHECK_EQ_STR(code_of(c, "Moscow"), "RUS");
}

/* An agent of a group named after "groupe"/"group" and its adjectives is the group. */
TEST(agent_of_a_group_named_after_the_word_group) {
    hd_coder *c = code_text("Des combattants du groupe jihadiste État islamique ont tué quinze soldats nigériens.", "2025-04-02",
                            "fr");
    CHECK_EQ_STR(code_of(c, "combattants du groupe jihadiste État islamique"), "IMGMUSISI");
    c = code_text("Fighters from the Islamic State group killed 15 Nigerien soldiers.", "2025-04-02", "en");
    CHECK_EQ_STR(code_of(c, "Fighters from the Islamic State group"), "IMGMUSISI");
    c = code_text("Officials from Iran met the delegation.", "2025-04-02", "en");
    CHECK_EQ_STR(code_of(c, "Officials from Iran"), "IRNGOV");
}

/* A party is its country's government while in power, its opposition otherwise. */
TEST(parties_are_coded_by_their_time_in_power) {
    hd_coder *c = code_text("Le Likoud a dénoncé la décision.", "2022-01-10", "fr");
    CHECK_EQ_STR(code_of(c, "Likoud"), "ISROPP");
    c = code_text("Le Likoud a dénoncé la décision.", "2024-01-10", "fr");
    CHECK_EQ_STR(code_of(c, "Likoud"), "ISRGOV");
    c = code_text("The African National Congress lost its majority.", "2024-06-01", "en");
    CHECK_EQ_STR(code_of(c, "African National Congress"), "ZAFGOV");
    c = code_text("BNP Paribas a annoncé ses résultats.", "2024-06-01", "fr");
    CHECK_EQ_STR(code_of(c, "BNP"), "(none)");
}

/* A surname the story has made known wins over a namesake of the dictionaries. */
TEST(a_surname_known_from_the_story_wins_over_a_namesake) {
    hd_coder *c = code_text("House Speaker Tajudeen Abbas met President Bola Tinubu on Monday. Abbas later criticised "
                            "the opposition.", "2024-05-10", "en");
    CHECK_EQ_STR(code_of(c, "Abbas"), "NGALEG");
    c = code_text("Abbas met Netanyahu on Monday.", "2010-09-02", "en");
    CHECK_EQ_STR(code_of(c, "Abbas"), "PSEGOV");
}

/* A pronoun that is a word of a name ("Liu He") is no pronoun mention. */
TEST(a_word_of_a_name_is_no_pronoun) {
    hd_coder *c = code_text("Steven Mnuchin and Liu He met in Washington on Friday.", "2019-05-10", "en");
    CHECK_EQ_STR(code_of(c, "Liu He"), "CHNGOV");
    CHECK_EQ_STR(code_of(c, "He"), "(none)");
}

TEST(case_rule_and_unknown_names) {
    hd_coder *c = code_text("The turkey was served. Turkey protested.", "2024-01-10", "en");
    CHECK_EQ_STR(code_of(c, "turkey"), "(none)");
    CHECK_EQ_STR(code_of(c, "Turkey"), "TUR");
    /* a title followed by an unknown name: the name is remembered for the story */
    c = code_text("Le ministre malien de la Défense Zorglub Tartempion est arrivé. Tartempion a parlé.", "2024-01-10", "fr");
    CHECK_EQ_STR(code_of(c, "Tartempion"), "MLIGOVMIL");
}

TEST(group_leaders_and_state_bodies) {
    hd_coder *c = code_text("Tsahal a confirmé la mort du chef du Hamas Yahya Sinouar lors d'une opération à Rafah.",
                            "2024-10-17", "fr");
    CHECK_EQ_STR(code_of(c, "Tsahal"), "ISRMIL");
    CHECK_EQ_STR(code_of(c, "Hamas Yahya Sinouar"), "PSEREB");   /* one mention */
    c = code_text("Hezbollah leader Hassan Nasrallah said the group would respond.", "2024-08-01", "en");
    CHECK_EQ_STR(code_of(c, "Hezbollah leader Hassan Nasrallah"), "LBNREB");
    /* Wagner's chief was a rebel only during the mutiny */
    c = code_text("Yevgeny Prigozhin spoke in Rostov.", "2023-06-24", "en");
    CHECK_EQ_STR(code_of(c, "Yevgeny Prigozhin"), "RUSREB");
    c = code_text("Yevgeny Prigozhin spoke in Rostov.", "2023-05-05", "en");
    CHECK_EQ_STR(code_of(c, "Yevgeny Prigozhin"), "RUSMIL");
}

TEST(government_spokespeople_and_speakers) {
    hd_coder *c = code_text("Dmitri Peskov a répondu à Nancy Pelosi.", "2022-08-01", "fr");
    CHECK_EQ_STR(code_of(c, "Dmitri Peskov"), "RUSGOV");
    CHECK_EQ_STR(code_of(c, "Nancy Pelosi"), "USALEG");
    c = code_text("Daniel Hagari said the army struck the site.", "2024-05-01", "en");
    CHECK_EQ_STR(code_of(c, "Daniel Hagari"), "ISRMIL");
}

TEST(a_learnt_surname_does_not_start_another_name) {
    hd_coder *c = code_text("Le porte-parole du Hamas Hazem Qassem a parlé. Qassem Zeidan a répondu.", "2024-05-01", "fr");
    CHECK_EQ_STR(code_of(c, "Qassem"), "(none)");
    /* a headline's capitalised verb is no name */
    c = code_text("Russian President Vladimir Putin spoke on Monday. Putin Warns West.", "2024-05-01", "en");
    CHECK_EQ_STR(code_of(c, "Putin"), "RUSGOV");
}

/* English "Congo" and "Congolese" alone are DR Congo, as the wire services write them. */
TEST(english_congo_alone_is_dr_congo) {
    hd_coder *c = code_text("Fighting in eastern Congo displaced thousands; Congolese troops retreated.", "2025-01-28", "en");
    CHECK_EQ_STR(code_of(c, "Congo"), "COD");
    c = code_text("The Republic of Congo held elections.", "2025-01-28", "en");
    CHECK_EQ_STR(code_of(c, "Republic of Congo"), "COG");
}

/* A plural agent of a country, then more countries joined to it: an agent of each. */
TEST(a_plural_agent_of_coordinated_countries_is_an_agent_of_each) {
    hd_coder *c = code_text("Les ministres des Affaires étrangères de la RDC et du Rwanda ont signé un accord.", "2025-06-27",
                            "fr");
    CHECK_EQ_STR(code_of(c, "Rwanda"), "RWAGOV");
    c = code_text("The foreign ministers of Congo and Rwanda signed a peace agreement.", "2025-06-27", "en");
    CHECK_EQ_STR(code_of(c, "Rwanda"), "RWAGOV");
    c = code_text("The foreign minister of Congo and Rwanda met on Friday.", "2025-06-27", "en");
    CHECK_EQ_STR(code_of(c, "Rwanda"), "RWA");
}

/* Agent + de/of + a person of the dictionaries: the person's country, the agent's role. */
TEST(an_agent_of_a_person_is_of_the_person_s_country) {
    hd_coder *c = code_text("Les opposants ont été expulsés jeudi par le régime de Daniel Ortega.", "2023-02-09", "fr");
    CHECK_EQ_STR(code_of(c, "régime"), "NICGOV");
}

/* French capitalised demonyms after a determiner or a number are people of that country. */
TEST(french_capitalised_demonyms_are_people_of_their_country) {
    hd_coder *c = code_text("Un tribunal de Berlin a condamné mercredi à la prison à vie un Russe.", "2021-12-15", "fr");
    CHECK_EQ_STR(code_of(c, "Russe"), "RUS");
    c = code_text("Deux Français ont été libérés.", "2021-12-15", "fr");
    CHECK_EQ_STR(code_of(c, "Français"), "FRA");
}

/* English demonyms after an article or a number, with no noun after them, are people. */
TEST(english_demonyms_as_nouns_are_people_of_their_country) {
    hd_coder *c = code_text("Gangs kidnapped 16 Americans and a Canadian.", "2021-10-17", "en");
    CHECK_EQ_STR(code_of(c, "Canadian"), "CAN");
}

/* A verb or a participle is no agent word ("qu'il juge contraire", "jugé"); a capitalised
** institution word right after a bare locative or "la ville de" is a place ("à Douma"). */
TEST(verbs_and_places_are_no_agent_words) {
    hd_coder *c = code_text("La Chine a dénoncé la rencontre, qu'elle juge contraire au principe d'une seule Chine.",
                            "2023-04-05", "fr");
    CHECK_EQ_STR(code_of(c, "juge"), "(none)");
    c = code_text("Washington a accusé Damas de l'attaque chimique contre la ville rebelle de Douma.", "2018-04-09", "fr");
    CHECK_EQ_STR(code_of(c, "Douma"), "(none)");
    c = code_text("Les Occidentaux ont condamné l'attaque à Douma.", "2018-04-09", "fr");
    CHECK_EQ_STR(code_of(c, "Douma"), "(none)");
    c = code_text("Le président de la Douma a rejeté la loi.", "2018-04-09", "fr");
    CHECK_EQ_STR(code_of(c, "président de la Douma"), "LEG");
}

/* An agent after a French numeral is an actor, not an adjective ("trois policiers"). */
TEST(an_agent_after_a_numeral_is_an_actor) {
    hd_coder *c = code_text("BAMAKO - Hier, trois policiers ont été tués.", "2024-06-25", "fr");
    CHECK_EQ_STR(code_of(c, "policiers"), "MLICOP");
}

/* "CITY, Country, Feb 12 (Agency) -" is a dateline: its country is no mention, and it is
** the context of a bare agent. */
TEST(a_dateline_with_a_country_and_a_date) {
    hd_coder *c = code_text("MAIDUGURI, Nigeria, Feb 12 (Reuters) - Islamist militants stormed a military base overnight.",
                            "2020-02-12", "en");
    CHECK_EQ_STR(code_of(c, "Nigeria"), "(none)");
    CHECK_EQ_STR(code_of(c, "Islamist militants"), "NGAREB");
}

/* A country's one-word name before a capitalised word no dictionary knows is a first name;
** after an article, or ending in a full stop ("U.S."), it stays the country. */
TEST(a_country_name_as_a_first_name) {
    hd_coder *c = code_text("Le candidat de l'opposition hondurienne Salvador Nasralla a dénoncé une fraude.", "2017-12-02", "fr");
    CHECK_EQ_STR(code_of(c, "Salvador"), "(none)");
    c = code_text("Le Honduras a rappelé son ambassadeur, et le Salvador Costa a protesté.", "2017-12-02", "fr");
    CHECK_EQ_STR(code_of(c, "Salvador"), "SLV");
    c = code_text("Turkish Foreign Minister Hakan Fidan spoke by phone with the U.S. Some migrants threw stones.", "2024-01-01",
                  "en");
    CHECK_EQ_STR(code_of(c, "U.S."), "USA");
}

/* Former names: Yugoslavia (1992-2006) is coded as Serbia, Zaire as DR Congo; "the former
** Yugoslav republic" is no actor. */
TEST(former_names) {
    hd_coder *c = code_text("NATO warplanes pounded Yugoslav air defences in Yugoslavia.", "1999-03-25", "en");
    CHECK_EQ_STR(code_of(c, "Yugoslav"), "SRB");
    CHECK_EQ_STR(code_of(c, "Yugoslavia"), "SRB");
    c = code_text("Le Zaïre a fermé sa frontière.", "1996-11-01", "fr");
    CHECK_EQ_STR(code_of(c, "Zaïre"), "COD");
    c = code_text("Greece and Macedonia agreed to rename the former Yugoslav republic.", "2018-06-17", "en");
    CHECK_EQ_STR(code_of(c, "Yugoslav"), "(none)");
}

/* Armed groups of 1995-2011 (the AFDL dated: the government once Kinshasa fell). */
TEST(groups_of_the_nineties) {
    hd_coder *c = code_text("The Revolutionary United Front attacked Freetown.", "1999-01-06", "en");
    CHECK_EQ_STR(code_of(c, "Revolutionary United Front"), "SLEREB");
    c = code_text("L'AFDL est entrée dans Kisangani.", "1997-03-16", "fr");
    CHECK_EQ_STR(code_of(c, "AFDL"), "CODREB");
    c = code_text("L'AFDL a annoncé la formation d'un gouvernement.", "1997-05-22", "fr");
    CHECK_EQ_STR(code_of(c, "AFDL"), "CODGOV");
}

/* Gulf rulers written "al-X" as well as "Al X", and without the family name. */
TEST(gulf_rulers_name_forms) {
    hd_coder *c = code_text("Le roi Hamad ben Issa al-Khalifa a reçu Tamim ben Hamad.", "2024-05-01", "fr");
    CHECK_EQ_STR(code_of(c, "roi Hamad ben Issa al-Khalifa"), "BHRGOV");
    CHECK_EQ_STR(code_of(c, "Tamim ben Hamad"), "QATGOV");
    c = code_text("Mohammed bin Rashid al-Maktoum met Salman bin Hamad al-Khalifa.", "2024-05-01", "en");
    CHECK_EQ_STR(code_of(c, "Mohammed bin Rashid al-Maktoum"), "AREGOV");
    CHECK_EQ_STR(code_of(c, "Salman bin Hamad al-Khalifa"), "BHRGOV");
}

/* Bosnia's Serbs are Bosnia's; earlier roles of current leaders; people of gaps part C. */
TEST(bosnian_serbs_and_dated_roles) {
    hd_coder *c = code_text("Bosnian Serbs shelled Sarajevo.", "1995-08-30", "en");
    CHECK_EQ_STR(code_of(c, "Bosnian Serbs"), "BIHCVL");
    c = code_text("Les forces serbes bosniaques ont attaqué.", "1995-08-30", "fr");
    CHECK_EQ_STR(code_of(c, "forces serbes bosniaques"), "BIHMIL");
    c = code_text("Abdel Fattah al-Sissi a annoncé la destitution du président.", "2013-07-03", "fr");
    CHECK_EQ_STR(code_of(c, "Abdel Fattah al-Sissi"), "EGYGOVMIL");
    c = code_text("Danny Danon a dénoncé la résolution.", "2016-12-23", "fr");
    CHECK_EQ_STR(code_of(c, "Danny Danon"), "ISRGOV");
    c = code_text("Danny Danon a dénoncé la résolution.", "2021-06-01", "fr");
    CHECK_EQ_STR(code_of(c, "Danny Danon"), "ISRELI");
    c = code_text("Hans Grundberg a salué la trêve.", "2022-04-02", "fr");
    CHECK_EQ_STR(code_of(c, "Hans Grundberg"), "IGOUNO");
}

/* Agents added for coast guards, snipers and attackers. */
TEST(agents_coast_guard_attackers) {
    hd_coder *c = code_text("La garde côtière chinoise a utilisé des canons à eau.", "2024-06-17", "fr");
    CHECK_EQ_STR(code_of(c, "garde côtière chinoise"), "CHNMIL");
    c = code_text("The attackers opened fire on police in Kashmir.", "2024-06-17", "en");
    CHECK_EQ_STR(code_of(c, "attackers"), "UAF");
}
