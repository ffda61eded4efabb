import Testing
@testable import WaymarkKit

struct GlossaryMatcherTests {
    @Test(arguments: [
        ("Talk to a trusted adult.", "trusted adult", true),
        ("Trusted adults can help.", "trusted adult", true),
        ("A **trusted** adult listens.", "trusted adult", true),
        ("Your PASSWORD is yours.", "password", true),
        ("Passwords and passphrases.", "password", true),
        ("A trusted friend or an adult.", "trusted adult", false),
        ("Adulthood is far away.", "adult", false),
        ("Use a passphrase.", "password", false),
    ])
    func findsSourceTermsAsWholeWords(text: String, term: String, expected: Bool) {
        #expect(GlossaryMatcher.source(text, contains: term) == expected)
    }

    @Test(arguments: [
        // Finnish cases on -nen adjectives and nouns: the -s- stem.
        ("Puhu turvallisen aikuisen kanssa.", "turvallinen aikuinen", "fi", true),
        ("Turvallinen aikuinen kuuntelee.", "turvallinen aikuinen", "fi", true),
        ("Kerro turvalliselle aikuiselle.", "turvallinen aikuinen", "fi", true),
        ("Etsi turvallisia aikuisia.", "turvallinen aikuinen", "fi", true),
        ("Älä kerro salasanaasi kenellekään.", "salasana", "fi", true),
        ("Soita auttavaan puhelimeen.", "auttava puhelin", "fi", true),
        // Consonant gradation before the ending: d/t, nt/nn.
        ("Sinun henkilötietosi", "henkilötiedot", "fi", true),
        ("Hyväksy kaveripyynnön vain tutuilta.", "kaveripyyntö", "fi", true),
        ("Kerro vain nimesi.", "henkilötiedot", "fi", false),
        ("Puhu luotettavan aikuisen kanssa.", "turvallinen aikuinen", "fi", false),
        ("Puhu aikuisen kanssa.", "turvallinen aikuinen", "fi", false),
        // Spanish number and gender, accents ignored.
        ("Los adultos de confianza pueden ayudar.", "adulto de confianza", "es", true),
        ("Busca una adulta de confianza.", "adulto de confianza", "es", true),
        ("Nunca compartas tus CONTRASEÑAS.", "contraseña", "es", true),
        ("Nunca compartas tus contrasenas.", "contraseña", "es", true),
        ("Habla con un adulto responsable.", "adulto de confianza", "es", false),
        ("Nunca compartas tu clave.", "contraseña", "es", false),
    ])
    func findsInflectedAgreedTranslations(text: String, agreed: String, language: String, expected: Bool) {
        #expect(GlossaryMatcher.translation(text, contains: agreed, language: language) == expected)
    }

    @Test(arguments: [
        ("turvallinen", "fi", "turvalli"), ("aikuinen", "fi", "aikui"), ("salasana", "fi", "salasa"),
        ("adulto", "es", "adult"), ("confianza", "es", "confian"), ("de", "es", "de"), ("casa", "es", "casa"),
        ("sininen", "es", "sinin"), ("sininen", "fi", "sini"),
    ])
    func stemsDropOneOrTwoLettersWhenLongEnough(word: String, language: String, stem: String) {
        #expect(GlossaryMatcher.stem(of: word, language: language) == stem)
    }
}
