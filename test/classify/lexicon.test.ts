import { NOUN_CLASSES, TERMS } from '../../src/classify/lexicon.js';
import { isCategoryKey } from '../../src/classify/taxonomy.js';
import { normalizeWord, splitWords } from '../../src/classify/words.js';

describe('lexicon data', () => {
  test('every term names a known category (or none)', () => {
    for (const term of TERMS) {
      if (term.category !== null) expect([term.phrase, isCategoryKey(term.category)]).toEqual([term.phrase, true]);
    }
  });

  test('every phrase is written the way splitWords returns it', () => {
    for (const term of TERMS) {
      for (const word of term.words) expect([term.phrase, normalizeWord(word)]).toEqual([term.phrase, word]);
      // Written as one identifier, the phrase splits back into its words: the segmenter never cuts a term apart.
      expect([term.phrase, splitWords(term.words.join('_'))]).toEqual([term.phrase, term.words]);
    }
  });

  test('covers the brief\'s multilingual words', () => {
    const phrases = new Set(TERMS.map((term) => term.phrase));
    for (const phrase of [
      'vorname', 'nachname', 'geburtsdatum', 'strasse', 'plz', 'postleitzahl', 'telefonnummer', 'handy', 'anschrift',
      'geschlecht', 'steuernummer', 'prenom', 'nom', 'date de naissance', 'courriel', 'telephone', 'portable',
      'code postal', 'ville', 'mot de passe', 'nombre', 'apellido', 'fecha nacimiento', 'correo', 'telefono', 'movil',
      'celular', 'direccion', 'codigo postal', 'dni', 'nif', 'curp', 'contrasena', 'nome', 'sobrenome', 'apelido',
      'data nascimento', 'endereco', 'morada', 'cep', 'telefone', 'telemovel', 'cpf', 'senha', 'voornaam', 'achternaam',
      'tussenvoegsel', 'geboortedatum', 'adres', 'straat', 'huisnummer', 'postcode', 'woonplaats', 'telefoonnummer',
      'mobiel', 'bsn', 'wachtwoord', 'gebruikersnaam', 'dob', 'ssn', 'tel', 'addr', 'zip', 'ip', 'geo', 'lat', 'lng', 'lon',
      'fname', 'lname', 'pwd', 'passwd', 'mob', 'nin', 'tin',
    ]) {
      expect([phrase, phrases.has(phrase)]).toEqual([phrase, true]);
    }
  });

  test('person-model nouns include the brief\'s multilingual names', () => {
    for (const noun of ['benutzer', 'kunde', 'mitarbeiter', 'usuario', 'cliente', 'empleado', 'paciente', 'utilisateur', 'klant', 'gebruiker', 'medewerker']) {
      expect([noun, NOUN_CLASSES.get(noun)]).toEqual([noun, 'person']);
    }
  });
});
