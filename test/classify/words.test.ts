import { splitWords } from '../../src/classify/words.js';

describe('splitWords', () => {
  test.each([
    // separators and cases
    ['email', ['email']],
    ['firstName', ['first', 'name']],
    ['FirstName', ['first', 'name']],
    ['first_name', ['first', 'name']],
    ['FIRST_NAME', ['first', 'name']],
    ['first-name', ['first', 'name']],
    ['profile.address.city', ['profile', 'address', 'city']],
    ['$email', ['email']],
    // digits
    ['address2', ['address', '2']],
    ['addressLine1', ['address', 'line', '1']],
    ['cardLast4', ['card', 'last', '4']],
    ['phone_e164', ['phone', 'e', '164']],
    // acronyms
    ['userIP', ['user', 'ip']],
    ['IPAddress', ['ip', 'address']],
    ['SSN', ['ssn']],
    ['customerSSN', ['customer', 'ssn']],
    ['userIDs', ['user', 'ids']],
    ['IPv4Address', ['ipv', '4', 'address']],
    ['getURLsForUser', ['get', 'urls', 'for', 'user']],
    ['OAuthClient', ['oauth', 'client']],
    // run-together lower-case words
    ['firstname', ['first', 'name']],
    ['lastname', ['last', 'name']],
    ['phonenumber', ['phone', 'number']],
    ['emailaddress', ['email', 'address']],
    ['zipcode', ['zip', 'code']],
    ['dateofbirth', ['date', 'of', 'birth']],
    ['DATEOFBIRTH', ['date', 'of', 'birth']],
    ['createdat', ['created', 'at']],
    ['lastloginip', ['last', 'login', 'ip']],
    ['fechadenacimiento', ['fecha', 'de', 'nacimiento']],
    ['userFirstname', ['user', 'first', 'name']],
    // words the lexicon knows whole stay whole
    ['geburtsdatum', ['geburtsdatum']],
    ['username', ['username']],
    ['nickname', ['nickname']],
    ['passport', ['passport']],
    ['telefonnummer', ['telefonnummer']],
    ['emails', ['emails']],
    // unknown words are not cut into accidental pieces
    ['island', ['island']],
    ['node', ['node']],
    ['notes', ['notes']],
    ['invoice', ['invoice']],
    ['export', ['export']],
    ['latin', ['latin']],
    ['signature', ['signature']],
    // diacritics
    ['straße', ['strasse']],
    ['teléfono', ['telefono']],
    ['contraseña', ['contrasena']],
    ['Geschäftsführer', ['geschaftsfuhrer']],
    ['téléphoneMobile', ['telephone', 'mobile']],
  ])('%s -> %j', (name, words) => {
    expect(splitWords(name)).toEqual(words);
  });
});
