/**
 * The words the classifier knows, as data: field-name terms per taxonomy category in English,
 * German, French, Spanish, Portuguese and Dutch, the nouns that say whether an owner is a person,
 * and the words that make a name be *about* a value rather than the value itself.
 *
 * Every phrase is written the way `splitWords` returns it: lower case, diacritics removed
 * (`straße` -> `strasse`, `teléfono` -> `telefono`), words separated by one space
 * (`date of birth`, `code postal`). Write nouns in the singular: the matcher also tries the
 * singular of a plural word (`emails` -> `email`, `allergies` -> `allergy`).
 */

export type Language = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'nl';

/**
 * - `anywhere`: the value is personal whatever model holds it (`email`, `ssn`, `passwordHash`);
 * - `person`: personal only on a person model or with a person-role qualifier (`name`, `city`);
 * - `tracking`: personal only on a tracking record, one visitor's session, visit or page view
 *   (`browser`, `referrerPath`, `gclid`);
 * - `payment-card`: personal only on a payment-card record (`expMonth` next to a card number);
 * - `login`: a login identifier, personal on a person model or a sign-in record (`identifier`);
 * - `buyer`: what a buyer bought, personal on a customer or with a buyer qualifier (`Customer.totalSpent`).
 */
export type TermScope = 'anywhere' | 'person' | 'tracking' | 'payment-card' | 'login' | 'buyer';

/** How surely the word names the category on its own; sets the confidence. */
export type TermStrength = 'strong' | 'medium' | 'weak';

/**
 * What an owner noun is. `person` nouns (customer, patient) make person-scope terms personal;
 * the others (a product, a company, a server, a store) make them not personal.
 */
export type NounClass = 'person' | 'organization' | 'place' | 'system' | 'thing';

export interface Term {
  /** The words, space-separated, as `splitWords` yields them. */
  phrase: string;
  words: readonly string[];
  /** A taxonomy key, or null for a compound that names something that is not personal (`vat number`). */
  category: string | null;
  scope: TermScope;
  strength: TermStrength;
  /** The languages the phrase belongs to; English terms carry `en`. */
  languages: readonly Language[];
  /** Only ever describes a person (`first name`), so it counts even for a value with no owner. */
  personOnly: boolean;
  /** Owners of these classes make an `anywhere` term not personal (a server's IP, a company's tax id). */
  notFor: readonly NounClass[];
  /** An address part too ambiguous alone (`state` may be a status): needs an address beside it. */
  needsAddressContext: boolean;
  /** A password (as opposed to another credential); used to recognise person models by their fields. */
  isPassword: boolean;
  /**
   * Counts only bare or after a person word: `height` and `patientHeight` are a body's, `lineHeight`
   * is a layout's; `installationId` is an app install on a device, `gitlabInstallationId` a vendor's.
   */
  bareOrPersonOnly: boolean;
  /**
   * An address of a message (`fromAddress`, `replyTo`): an email address when it is a string, a
   * postal address when it is a structured value or follows a shipping role (`shipToAddress`).
   */
  isMessageAddress: boolean;
}

type Phrases = Partial<Record<Language, readonly string[]>>;

interface TermGroup {
  category: string | null;
  scope: TermScope;
  strong?: Phrases;
  medium?: Phrases;
  weak?: Phrases;
  personOnly?: boolean;
  notFor?: readonly NounClass[];
  needsAddressContext?: boolean;
  isPassword?: boolean;
  bareOrPersonOnly?: boolean;
  isMessageAddress?: boolean;
}

const ORGANIZATION_OWNERS: readonly NounClass[] = ['organization'];
const SYSTEM_OWNERS: readonly NounClass[] = ['system'];
const PLACE_OWNERS: readonly NounClass[] = ['organization', 'place'];

/** The term table. Order does not matter; each phrase may appear in one group only. */
const TERM_GROUPS: readonly TermGroup[] = [
  // ---- contact ---------------------------------------------------------------------------
  {
    category: 'user.contact.email',
    scope: 'anywhere',
    strong: {
      en: ['email', 'e mail', 'email address', 'e mail address', 'mail address'],
      de: ['email adresse', 'e mail adresse', 'mailadresse', 'emailadresse'],
      fr: ['courriel', 'adresse email', 'adresse mail', 'adresse e mail', 'adresse courriel', 'adresse electronique'],
      es: ['correo', 'correo electronico', 'direccion de correo', 'direccion correo'],
      pt: ['correio eletronico', 'endereco de email', 'endereco email', 'endereco eletronico'],
      nl: ['emailadres', 'e mailadres', 'mailadres', 'email adres'],
    },
    medium: { en: ['mail'] },
  },
  {
    // The sender and recipients of a message: `fromAddress`, `toAddresses`, `replyTo`, `bcc`.
    category: 'user.contact.email',
    scope: 'anywhere',
    isMessageAddress: true,
    strong: { en: ['from address', 'to address', 'reply to', 'reply to address', 'sender address', 'bcc', 'bcc address', 'cc address'] },
  },
  {
    category: 'user.contact.phone_number',
    scope: 'anywhere',
    strong: {
      en: ['phone', 'phone number', 'telephone', 'telephone number', 'mobile', 'mobile number', 'mobile phone', 'cell phone', 'cell number', 'contact number', 'msisdn', 'landline'],
      de: ['telefon', 'telefonnummer', 'handy', 'handynummer', 'mobilnummer', 'mobiltelefon', 'rufnummer', 'festnetz', 'festnetznummer'],
      fr: ['numero de telephone', 'telephone portable', 'telephone mobile'],
      es: ['telefono', 'numero de telefono', 'movil', 'celular', 'telefono movil', 'numero de celular'],
      pt: ['telefone', 'telemovel', 'numero de telefone', 'numero de celular'],
      nl: ['telefoon', 'telefoonnummer', 'mobiel', 'mobiel nummer', 'mobiele nummer', 'mobieltje'],
    },
    medium: { en: ['tel', 'whatsapp'], fr: ['portable'], de: ['mobil'] },
  },
  {
    // Also a spreadsheet cell or a mobile network standard: only on people.
    category: 'user.contact.phone_number',
    scope: 'person',
    medium: { nl: ['gsm'] },
    weak: { en: ['cell', 'mob'] },
  },
  {
    category: 'user.contact.fax_number',
    scope: 'anywhere',
    strong: { en: ['fax', 'fax number', 'telefax'], de: ['faxnummer'], fr: ['numero de fax'], es: ['numero de fax'], pt: ['numero de fax'], nl: ['faxnummer'] },
  },
  {
    category: 'user.contact.url',
    scope: 'person',
    strong: {
      en: ['website', 'homepage', 'home page', 'personal website', 'web site', 'web address', 'blog', 'linkedin', 'twitter', 'twitter handle', 'facebook', 'instagram', 'tiktok', 'mastodon', 'social link', 'social profile', 'social media'],
      de: ['webseite', 'internetseite'],
      fr: ['site web', 'site internet'],
      es: ['sitio web', 'pagina web'],
      pt: ['pagina pessoal'],
    },
    weak: { en: ['url', 'github', 'youtube', 'x handle'] },
  },

  // ---- names and accounts ------------------------------------------------------------------
  {
    category: 'user.name',
    scope: 'person',
    strong: {
      en: ['name', 'display name', 'real name', 'preferred name', 'middle name', 'middle initial', 'maiden name', 'birth name'],
      de: ['anzeigename', 'vollstandiger name', 'geburtsname'],
      es: ['nombre', 'nombre completo', 'segundo nombre'],
      pt: ['nome', 'nome completo', 'nome do meio'],
      nl: ['naam', 'volledige naam', 'weergavenaam'],
    },
    medium: { fr: ['nom', 'nom complet'] },
  },
  {
    category: 'user.name',
    scope: 'person',
    personOnly: true,
    strong: { en: ['full name', 'given and family name'] },
  },
  {
    // The cardholder's name is a person's name on any model.
    category: 'user.name',
    scope: 'anywhere',
    medium: { en: ['name on card', 'cardholder name', 'card holder name', 'account holder name'] },
  },
  {
    category: 'user.name.first',
    scope: 'person',
    personOnly: true,
    strong: {
      en: ['first name', 'given name', 'forename', 'name first'],
      de: ['vorname', 'rufname'],
      fr: ['prenom'],
      es: ['primer nombre', 'nombre de pila'],
      pt: ['primeiro nome'],
      nl: ['voornaam', 'roepnaam'],
    },
    medium: { en: ['fname', 'first nm'] },
  },
  {
    category: 'user.name.last',
    scope: 'person',
    personOnly: true,
    strong: {
      en: ['last name', 'family name', 'surname', 'name last'],
      de: ['nachname', 'familienname', 'zuname'],
      fr: ['nom de famille'],
      es: ['apellido', 'primer apellido', 'segundo apellido'],
      pt: ['sobrenome', 'ultimo nome'],
      nl: ['achternaam', 'familienaam', 'tussenvoegsel'],
    },
    medium: { en: ['lname', 'last nm'] },
    // Surname in Portugal, nickname in Brazil.
    weak: { pt: ['apelido'] },
  },
  {
    category: 'user.account.username',
    scope: 'anywhere',
    notFor: SYSTEM_OWNERS,
    strong: {
      en: ['username', 'user name', 'screen name', 'user handle'],
      de: ['benutzername', 'nutzername', 'anmeldename'],
      fr: ['nom d utilisateur', 'nom utilisateur', 'nom de utilisateur'],
      es: ['nombre de usuario', 'nombre usuario'],
      pt: ['nome de usuario', 'nome usuario', 'nome de utilizador'],
      nl: ['gebruikersnaam'],
    },
  },
  {
    category: 'user.account.username',
    scope: 'person',
    strong: { en: ['nickname'], de: ['spitzname'], es: ['apodo'], nl: ['bijnaam'] },
    medium: { en: ['handle'], fr: ['pseudo', 'identifiant'] },
    weak: { en: ['login', 'nick', 'alias'] },
  },
  {
    // What a person signs in with, an email address in most applications (or a username).
    category: 'user.contact.email',
    scope: 'login',
    medium: { en: ['identifier', 'login identifier', 'sign in identifier'] },
  },

  // ---- credentials -----------------------------------------------------------------------
  {
    category: 'user.authorization.credentials',
    scope: 'anywhere',
    isPassword: true,
    strong: {
      en: ['password', 'hashed password', 'encrypted password', 'password digest', 'passcode', 'passphrase'],
      de: ['passwort', 'kennwort'],
      fr: ['mot de passe'],
      es: ['contrasena'],
      pt: ['senha'],
      nl: ['wachtwoord'],
    },
    medium: { en: ['pwd', 'passwd', 'pass hash'], fr: ['mdp'] },
    weak: { es: ['clave'] },
  },
  {
    category: 'user.authorization.credentials',
    scope: 'anywhere',
    strong: {
      en: [
        'secret', 'client secret', 'secret key', 'private key', 'api key', 'api secret', 'api token', 'access key',
        'access token', 'refresh token', 'id token', 'auth token', 'bearer token', 'session token', 'reset token',
        'verification token', 'confirmation token', 'magic link token', 'otp', 'otp secret', 'totp', 'totp secret',
        'mfa secret', 'two factor secret', 'recovery code', 'backup code', 'security answer', 'oauth token',
        'oauth token secret', 'signing secret', 'webhook secret', 'remember token', 'personal access token',
        // Codes that are exchanged for access or let their holder in.
        'authorization code', 'auth code', 'oauth code', 'verification code', 'confirmation code', 'otp code', 'login code',
        'magic code', 'invite code', 'invitation code', 'invite key', 'invitation key', 'invite token', 'invitation token',
        'access code', 'join code',
        'security question',
        // An incoming-webhook URL carries its token: whoever holds it can post as the integration.
        'webhook url', 'web hook url', 'incoming webhook', 'incoming web hook', 'incoming webhook url', 'hook url',
      ],
    },
    medium: { en: ['token', 'credential', 'jwt', 'csrf token', 'signing key', 'encryption key', 'one time password', 'pin', 'pin number'] },
  },

  // ---- devices and network -----------------------------------------------------------------
  {
    category: 'user.device.ip_address',
    scope: 'anywhere',
    notFor: SYSTEM_OWNERS,
    strong: {
      en: ['ip', 'ip address', 'ip addr', 'ipv', 'ipv 4', 'ipv 6', 'ipv 4 address', 'ipv 6 address', 'remote address', 'remote addr', 'remote ip', 'client ip', 'real ip', 'forwarded for', 'x forwarded for'],
      de: ['ip adresse'],
      fr: ['adresse ip'],
      es: ['direccion ip'],
      pt: ['endereco ip'],
      nl: ['ip adres'],
    },
  },
  {
    category: 'user.device.device_id',
    scope: 'anywhere',
    strong: {
      en: [
        'device id', 'device uuid', 'device identifier', 'device token', 'push token', 'fcm token', 'apns token', 'expo push token',
        'udid', 'idfa', 'idfv', 'gaid', 'advertising id', 'ad id', 'imei', 'mac address', 'mac addr', 'device fingerprint',
        'browser fingerprint', 'hardware id', 'android id', 'push subscription',
      ],
    },
  },
  {
    // An app install on a device; `gitlabInstallationId` is a vendor's install of an integration.
    category: 'user.device.device_id',
    scope: 'anywhere',
    bareOrPersonOnly: true,
    strong: { en: ['installation id'] },
  },
  {
    category: 'user.device',
    scope: 'anywhere',
    medium: { en: ['user agent'] },
  },
  {
    category: 'user.device.cookie_id',
    scope: 'anywhere',
    strong: { en: ['cookie id', 'anonymous id', 'visitor id', 'distinct id', 'tracking cookie', 'ga client id'] },
  },

  // ---- tracking records: one visitor's session, visit, page view or click ---------------------
  {
    // The parsed user agent and screen of the visitor's device.
    category: 'user.device',
    scope: 'tracking',
    strong: {
      en: [
        'browser', 'browser name', 'browser version', 'os', 'os name', 'os version', 'operating system', 'device', 'device type',
        'device model', 'device vendor', 'device brand', 'screen', 'screen size', 'screen resolution', 'screen width',
        'screen height', 'viewport', 'viewport size',
      ],
    },
  },
  {
    // The pages the visitor saw and where they came from.
    category: 'user.behavior.browsing_history',
    scope: 'tracking',
    strong: {
      en: [
        'url path', 'url query', 'page url', 'page path', 'page title', 'page', 'path', 'referrer', 'referer', 'referrer url',
        'referer url', 'referrer path', 'referer path', 'referrer query', 'referer query', 'referrer domain', 'referer domain',
        'referring domain', 'referring url', 'landing page', 'entry page', 'exit page', 'query string',
      ],
    },
  },
  {
    // Ad-network click identifiers: they link the visit to the visitor's profile at the ad platform.
    category: 'user.unique_id.pseudonymous',
    scope: 'tracking',
    strong: { en: ['gclid', 'fbclid', 'msclkid', 'ttclid', 'twclid', 'lifatid', 'li fat id', 'dclid', 'gbraid', 'wbraid', 'yclid', 'epik', 'rdt cid', 'sccid', 'igshid'] },
  },

  // ---- location ------------------------------------------------------------------------
  {
    category: 'user.location.precise',
    scope: 'anywhere',
    notFor: PLACE_OWNERS,
    strong: {
      en: ['latitude', 'longitude', 'lat', 'lng', 'lon', 'coordinates', 'geo', 'geolocation', 'geo location', 'geo point', 'gps', 'lat lng', 'lat long', 'geo hash', 'precise location'],
      de: ['breitengrad', 'laengengrad', 'langengrad', 'koordinaten', 'gps position'],
      es: ['latitud', 'longitud', 'coordenadas'],
      nl: ['breedtegraad', 'lengtegraad', 'coordinaten'],
    },
    medium: { en: ['coords'], fr: ['coordonnees gps'] },
  },
  {
    category: 'user.location.imprecise',
    scope: 'person',
    strong: { en: ['location', 'current location', 'last known location'], de: ['standort', 'aufenthaltsort'], fr: ['localisation'], es: ['ubicacion'], pt: ['localizacao'], nl: ['locatie'] },
  },

  // ---- addresses ------------------------------------------------------------------------
  {
    category: 'user.contact.address',
    scope: 'person',
    strong: {
      en: ['address', 'full address', 'home address', 'neighborhood', 'neighbourhood', 'suburb', 'city area'],
      de: ['adresse', 'anschrift', 'wohnadresse', 'ortsteil'],
      fr: ['adresse', 'domicile'],
      es: ['direccion', 'domicilio', 'barrio'],
      pt: ['endereco', 'morada', 'bairro'],
      nl: ['adres', 'woonadres', 'wijk'],
    },
    medium: { en: ['addr'] },
    weak: { en: ['district'], fr: ['quartier'] },
  },
  {
    category: 'user.contact.address.mailing_address',
    scope: 'person',
    strong: {
      en: ['mailing address', 'postal address'],
      de: ['postanschrift', 'postadresse'],
      fr: ['adresse postale'],
      es: ['direccion postal'],
      pt: ['endereco postal'],
      nl: ['postadres'],
    },
  },
  {
    category: 'user.contact.address.street',
    scope: 'person',
    strong: {
      en: ['street', 'street address', 'address line', 'street line', 'house number', 'house no', 'street number', 'apartment', 'apartment number'],
      de: ['strasse', 'hausnummer', 'strasse und hausnummer'],
      fr: ['numero de rue'],
      es: ['calle', 'numero de calle'],
      pt: ['rua', 'logradouro'],
      nl: ['straat', 'huisnummer', 'straatnaam'],
    },
    medium: { fr: ['rue'] },
    weak: { en: ['apt'] },
  },
  {
    category: 'user.contact.address.city',
    scope: 'person',
    strong: {
      en: ['city', 'town', 'city name'],
      de: ['wohnort', 'stadt'],
      fr: ['ville'],
      es: ['ciudad', 'localidad'],
      pt: ['cidade', 'localidade'],
      nl: ['woonplaats', 'plaats', 'stad'],
    },
    medium: { es: ['municipio'], nl: ['gemeente'] },
    weak: { de: ['ort'], fr: ['commune'] },
  },
  {
    category: 'user.contact.address.postal_code',
    scope: 'person',
    strong: {
      en: ['zip', 'zip code', 'postal code', 'postcode', 'post code'],
      de: ['plz', 'postleitzahl'],
      fr: ['code postal'],
      es: ['codigo postal'],
      pt: ['cep', 'codigo postal'],
    },
    medium: { en: ['postal'] },
  },
  {
    category: 'user.contact.address.state',
    scope: 'person',
    strong: { en: ['province', 'county', 'state code', 'state province', 'country area'], de: ['bundesland'], es: ['provincia'], nl: ['provincie'] },
  },
  {
    category: 'user.contact.address.state',
    scope: 'person',
    needsAddressContext: true,
    medium: { en: ['state', 'region'], fr: ['departement'] },
    weak: { es: ['estado'], pt: ['uf'] },
  },
  {
    category: 'user.contact.address.country',
    scope: 'person',
    strong: { en: ['country', 'country code', 'country name', 'country iso'], fr: ['pays'], es: ['pais'] },
  },
  {
    category: 'user.contact.address.country',
    scope: 'person',
    needsAddressContext: true,
    weak: { de: ['land'] },
  },

  // ---- demographics ---------------------------------------------------------------------
  {
    category: 'user.demographic.date_of_birth',
    scope: 'anywhere',
    strong: {
      en: ['date of birth', 'birth date', 'birthdate', 'birthday', 'born on', 'date born'],
      de: ['geburtsdatum', 'geburtstag'],
      fr: ['date de naissance', 'date naissance'],
      es: ['fecha de nacimiento', 'fecha nacimiento', 'cumpleanos'],
      pt: ['data de nascimento', 'data nascimento'],
      nl: ['geboortedatum', 'geboorte datum', 'verjaardag'],
    },
    medium: { en: ['dob', 'bday'], fr: ['naissance'], es: ['nacimiento'], pt: ['nascimento'] },
    weak: { es: ['fecha nac'], pt: ['data nasc', 'aniversario'] },
  },
  {
    category: 'user.demographic.age_range',
    scope: 'person',
    personOnly: true,
    strong: {
      en: ['age range', 'age group', 'year of birth', 'birth year'],
      de: ['geburtsjahr'],
      fr: ['annee de naissance'],
      es: ['ano de nacimiento', 'edad'],
      pt: ['ano de nascimento', 'idade'],
      nl: ['geboortejaar', 'leeftijd'],
    },
  },
  {
    category: 'user.demographic.age_range',
    scope: 'person',
    medium: { en: ['age'] },
    weak: { de: ['alter'] },
  },
  {
    category: 'user.demographic',
    scope: 'person',
    personOnly: true,
    strong: {
      en: ['place of birth', 'birth place', 'birthplace', 'country of birth', 'birth country'],
      de: ['geburtsort'],
      fr: ['lieu de naissance'],
      es: ['lugar de nacimiento'],
      pt: ['local de nascimento'],
      nl: ['geboorteplaats'],
    },
  },
  {
    category: 'user.demographic.gender',
    scope: 'person',
    personOnly: true,
    strong: { en: ['gender', 'sex', 'pronoun', 'gender identity'], de: ['geschlecht'], fr: ['sexe'], es: ['genero', 'sexo'], nl: ['geslacht'] },
    weak: { en: ['salutation'], de: ['anrede'], fr: ['genre', 'civilite'], nl: ['aanhef'] },
  },
  {
    category: 'user.demographic.marital_status',
    scope: 'person',
    personOnly: true,
    strong: {
      en: ['marital status', 'civil status', 'relationship status'],
      de: ['familienstand'],
      fr: ['situation familiale', 'etat civil'],
      es: ['estado civil'],
      pt: ['estado civil'],
      nl: ['burgerlijke staat'],
    },
  },
  {
    category: 'user.demographic.language',
    scope: 'person',
    strong: {
      en: ['language', 'preferred language', 'locale', 'mother tongue', 'native language', 'spoken language', 'language code', 'locale code'],
      de: ['sprache', 'muttersprache'],
      fr: ['langue'],
      es: ['idioma', 'lengua'],
      nl: ['taal', 'moedertaal'],
    },
    medium: { en: ['lang'] },
  },
  {
    category: 'user.demographic.citizenship_or_immigration_status',
    scope: 'person',
    personOnly: true,
    strong: {
      en: ['nationality', 'citizenship', 'immigration status', 'residency status', 'visa status'],
      de: ['staatsangehorigkeit', 'staatsangehoerigkeit', 'nationalitat', 'aufenthaltsstatus'],
      fr: ['nationalite'],
      es: ['nacionalidad', 'ciudadania'],
      pt: ['nacionalidade', 'cidadania'],
      nl: ['nationaliteit'],
    },
  },
  {
    category: 'user.account.settings',
    scope: 'person',
    strong: { en: ['timezone', 'time zone'], de: ['zeitzone'], fr: ['fuseau horaire'], es: ['zona horaria'], pt: ['fuso horario'], nl: ['tijdzone'] },
    weak: { en: ['tz'] },
  },
  {
    category: 'user.content.self_image',
    scope: 'person',
    strong: {
      en: ['avatar', 'image', 'photo', 'picture', 'profile picture', 'profile photo', 'profile image', 'profile pic', 'portrait', 'headshot'],
      de: ['foto', 'profilbild', 'bild'],
      fr: ['photo de profil'],
      es: ['imagen', 'foto de perfil'],
      pt: ['imagem', 'foto de perfil'],
      nl: ['profielfoto', 'pasfoto'],
    },
    weak: { en: ['pic', 'gravatar', 'logo'] },
  },
  {
    category: 'user.content.self_image',
    scope: 'anywhere',
    strong: { en: ['selfie', 'id photo', 'face photo'] },
  },
  {
    // What a customer bought: their purchase counts and totals (a seller's `totalSales` are not).
    category: 'user.behavior.purchase_history',
    scope: 'buyer',
    strong: { en: ['purchase history', 'order history', 'total spent', 'amount spent', 'total spend', 'lifetime value', 'purchase count', 'total purchases', 'purchase total'] },
    medium: { en: ['sales', 'sale amount', 'sales amount', 'order count', 'orders count', 'total orders', 'ltv', 'purchases'] },
  },
  {
    // What a person entered in a form about themselves; which category depends on the form.
    category: 'user',
    scope: 'person',
    medium: { en: ['form data', 'form answer', 'form response', 'form submission', 'form value', 'submission data'] },
  },
  {
    category: 'user.content.public',
    scope: 'person',
    strong: { en: ['bio', 'biography', 'about me'], de: ['uber mich'], fr: ['a propos de moi'], es: ['biografia', 'sobre mi'], pt: ['sobre mim'], nl: ['over mij'] },
    medium: { en: ['about'] },
  },
  {
    category: 'user.workplace',
    scope: 'person',
    strong: {
      en: ['company', 'company name', 'organization', 'organisation', 'organization name', 'employer', 'employer name', 'workplace'],
      de: ['firma', 'firmenname', 'unternehmen', 'arbeitgeber'],
      fr: ['entreprise', 'societe', 'employeur'],
      es: ['empresa', 'empleador'],
      pt: ['empregador'],
      nl: ['bedrijf', 'bedrijfsnaam', 'werkgever', 'organisatie'],
    },
  },
  {
    category: 'user.job_title',
    scope: 'person',
    strong: {
      en: ['job title', 'occupation', 'profession', 'job role', 'job position', 'job'],
      de: ['berufsbezeichnung', 'beruf'],
      fr: ['poste', 'metier'],
      es: ['puesto', 'ocupacion'],
      pt: ['profissao', 'ocupacao'],
      nl: ['beroep', 'functietitel'],
    },
    weak: { es: ['cargo'], nl: ['functie'] },
  },

  // ---- government ids ---------------------------------------------------------------------
  {
    category: 'user.government_id.national_identification_number',
    scope: 'anywhere',
    strong: {
      en: [
        'ssn', 'social security number', 'social security no', 'social security', 'social insurance number', 'national id',
        'national id number', 'national identification number', 'national identity number', 'national insurance number',
        'national insurance no', 'nino', 'identity card number', 'id card number', 'aadhaar', 'personal id number',
      ],
      de: ['sozialversicherungsnummer', 'personalausweisnummer', 'ausweisnummer', 'personalausweis', 'rentenversicherungsnummer'],
      fr: ['numero de securite sociale', 'securite sociale', 'carte d identite', 'numero d identite'],
      es: ['dni', 'nie', 'curp', 'numero de seguridad social', 'documento de identidad', 'cedula de identidad'],
      pt: ['cpf', 'cartao de cidadao', 'numero de identificacao'],
      nl: ['bsn', 'burgerservicenummer'],
    },
    medium: { en: ['nin', 'identity number'], fr: ['nir', 'cni'], es: ['nss', 'numero de documento', 'cedula'] },
    weak: { en: ['sin', 'id number'], es: ['rut'] },
  },
  {
    // Personal tax numbers; a company's (with an organization owner) is not personal data.
    category: 'user.government_id.national_identification_number',
    scope: 'anywhere',
    notFor: ORGANIZATION_OWNERS,
    strong: {
      en: ['tax id', 'tax number', 'tax identification number', 'taxpayer id', 'taxpayer identification number', 'itin', 'tax file number'],
      de: ['steuernummer', 'steuer id', 'steueridentifikationsnummer', 'steuerid'],
      fr: ['numero fiscal'],
      es: ['nif'],
      pt: ['numero de contribuinte', 'nif'],
      nl: ['sofinummer', 'sofi nummer'],
    },
    weak: { en: ['tin'], es: ['rfc'] },
  },
  {
    // Business identifiers: never a person's.
    category: null,
    scope: 'anywhere',
    strong: {
      en: ['vat', 'vat id', 'vat number', 'vat no', 'ein', 'company number', 'company registration number', 'duns', 'lei'],
      de: ['ust id', 'ustid', 'umsatzsteuer id', 'ust idnr', 'handelsregisternummer'],
      fr: ['numero tva', 'tva', 'siret', 'siren'],
      es: ['cif'],
      pt: ['cnpj'],
      nl: ['kvk', 'kvk nummer', 'btw nummer', 'btw'],
    },
  },
  {
    category: 'user.government_id.passport_number',
    scope: 'anywhere',
    strong: {
      en: ['passport', 'passport number', 'passport no', 'passport id'],
      de: ['reisepass', 'reisepassnummer', 'passnummer'],
      fr: ['passeport', 'numero de passeport'],
      es: ['pasaporte', 'numero de pasaporte'],
      pt: ['passaporte', 'numero do passaporte'],
      nl: ['paspoort', 'paspoortnummer'],
    },
  },
  {
    category: 'user.government_id.drivers_license_number',
    scope: 'anywhere',
    strong: {
      en: ['driver license', 'driving license', 'driving licence', 'driver licence', 'driver license number', 'driving license number'],
      de: ['fuhrerschein', 'fuehrerschein', 'fuhrerscheinnummer'],
      fr: ['permis de conduire'],
      es: ['licencia de conducir', 'carnet de conducir', 'permiso de conducir'],
      pt: ['carteira de motorista', 'carta de conducao', 'cnh'],
      nl: ['rijbewijs', 'rijbewijsnummer'],
    },
  },
  {
    category: 'user.government_id.immigration',
    scope: 'anywhere',
    strong: {
      en: ['visa number', 'residence permit', 'residence permit number', 'work permit', 'work permit number', 'green card number', 'alien registration number'],
      de: ['aufenthaltstitel', 'aufenthaltserlaubnis'],
      fr: ['titre de sejour'],
      es: ['permiso de residencia', 'tarjeta de residencia'],
      pt: ['autorizacao de residencia'],
      nl: ['verblijfsvergunning'],
    },
  },
  {
    category: 'user.government_id.birth_certificate',
    scope: 'anywhere',
    strong: {
      en: ['birth certificate', 'birth certificate number'],
      de: ['geburtsurkunde'],
      fr: ['acte de naissance'],
      es: ['acta de nacimiento'],
      pt: ['certidao de nascimento'],
      nl: ['geboorteakte'],
    },
  },
  {
    category: 'user.government_id.vehicle_registration',
    scope: 'person',
    strong: {
      en: ['license plate', 'licence plate', 'number plate', 'plate number', 'vehicle registration'],
      de: ['kennzeichen', 'nummernschild'],
      fr: ['plaque d immatriculation', 'immatriculation'],
      es: ['matricula'],
      pt: ['placa do veiculo'],
      nl: ['kenteken'],
    },
  },

  // ---- financial ---------------------------------------------------------------------------
  {
    category: 'user.financial.bank_account',
    scope: 'anywhere',
    notFor: ORGANIZATION_OWNERS,
    strong: {
      en: ['iban', 'bank account', 'bank account number', 'bank details'],
      de: ['bankverbindung', 'kontonummer'],
      fr: ['compte bancaire', 'numero de compte', 'rib'],
      es: ['cuenta bancaria', 'numero de cuenta', 'clabe', 'cbu'],
      pt: ['conta bancaria', 'numero da conta'],
      nl: ['rekeningnummer', 'bankrekening', 'bankrekeningnummer'],
    },
    weak: { en: ['account number', 'account no', 'routing number', 'sort code'] },
  },
  {
    category: 'user.financial.credit_card',
    scope: 'anywhere',
    strong: {
      en: ['card number', 'credit card', 'credit card number', 'debit card', 'debit card number', 'cc number', 'card last 4', 'last 4', 'last four', 'cvv', 'cvc', 'card security code'],
      de: ['kreditkarte', 'kreditkartennummer', 'kartennummer'],
      fr: ['numero de carte', 'carte bancaire', 'carte de credit'],
      es: ['numero de tarjeta', 'tarjeta de credito'],
      pt: ['numero do cartao', 'cartao de credito'],
      nl: ['kaartnummer', 'creditcard', 'creditcardnummer'],
    },
    medium: { en: ['card fingerprint', 'card num', 'card no'] },
  },
  {
    // Cardholder data kept with a card number: the expiry of the card.
    category: 'user.financial.credit_card',
    scope: 'payment-card',
    strong: { en: ['exp month', 'exp year', 'expiry month', 'expiry year', 'expiration month', 'expiration year', 'exp date', 'expiry date', 'expiration date', 'expiry', 'expiration'] },
  },
  {
    category: 'user.financial',
    scope: 'person',
    strong: {
      en: ['salary', 'income', 'annual income', 'net worth', 'credit score', 'wage'],
      de: ['gehalt', 'einkommen'],
      fr: ['salaire', 'revenu'],
      es: ['salario', 'ingresos'],
      pt: ['renda'],
      nl: ['salaris', 'inkomen'],
    },
    medium: { en: ['wallet address', 'balance', 'wallet balance', 'account balance', 'available balance', 'current balance', 'cash balance'] },
  },

  // ---- special categories (GDPR Art. 9) ----------------------------------------------------
  {
    category: 'user.health_and_medical',
    scope: 'person',
    strong: {
      en: ['health', 'health status', 'health data', 'health info', 'medical', 'medical history', 'medical info', 'medical note', 'blood type', 'blood group', 'bmi', 'heart rate', 'blood pressure', 'blood sugar', 'vaccination', 'vaccination status', 'vaccinated', 'vaccine'],
      de: ['gesundheit', 'gesundheitszustand', 'blutgruppe', 'impfstatus', 'impfung'],
      fr: ['sante', 'etat de sante', 'groupe sanguin', 'vaccin'],
      es: ['salud', 'tipo de sangre', 'grupo sanguineo', 'vacuna'],
      pt: ['saude', 'tipo sanguineo', 'vacina'],
      nl: ['gezondheid', 'bloedgroep', 'vaccinatie'],
    },
    medium: { en: ['smoker', 'smoking status'], de: ['raucher'], fr: ['fumeur'], es: ['fumador'], pt: ['fumante'], nl: ['roker'] },
    weak: { en: ['body weight'] },
  },
  {
    // A body's measure only bare or after a person word: `lineHeight` and `fontWeight` are layout.
    category: 'user.health_and_medical',
    scope: 'person',
    bareOrPersonOnly: true,
    weak: { en: ['weight', 'height'] },
  },
  {
    category: 'user.health.condition',
    scope: 'person',
    strong: {
      en: ['medical condition', 'health condition', 'chronic condition', 'heart condition', 'pre existing condition', 'illness', 'disease', 'allergy', 'disability', 'impairment', 'injury'],
      de: ['krankheit', 'vorerkrankung', 'allergie', 'behinderung', 'verletzung'],
      fr: ['maladie', 'handicap'],
      es: ['enfermedad', 'alergia', 'discapacidad'],
      pt: ['doenca', 'deficiencia'],
      nl: ['ziekte', 'beperking'],
    },
  },
  {
    category: 'user.health.medical_diagnosis',
    scope: 'person',
    strong: { en: ['diagnosis', 'icd code', 'icd'], de: ['diagnose'], fr: ['diagnostic'], es: ['diagnostico'] },
  },
  {
    category: 'user.health.medications',
    scope: 'person',
    strong: { en: ['medication', 'medicine', 'current medication'], de: ['medikament'], fr: ['medicament'], es: ['medicamento'], nl: ['medicatie', 'medicijn'] },
    weak: { en: ['meds'] },
  },
  {
    category: 'user.health.prescriptions',
    scope: 'person',
    strong: { en: ['prescription'], fr: ['ordonnance'] },
  },
  {
    category: 'user.health.reproductive_or_sexual',
    scope: 'person',
    strong: {
      en: ['pregnancy', 'pregnant', 'pregnancy status', 'fertility', 'contraception', 'sexual health', 'hiv status'],
      de: ['schwangerschaft', 'schwanger'],
      fr: ['grossesse', 'enceinte'],
      es: ['embarazo', 'embarazada'],
      pt: ['gravidez', 'gravida'],
      nl: ['zwangerschap', 'zwanger'],
    },
  },
  {
    category: 'user.health.social_psychological_behavioral',
    scope: 'person',
    strong: { en: ['mental health', 'psychiatric history', 'mental health condition'], de: ['psychische gesundheit'], fr: ['sante mentale'], es: ['salud mental'], pt: ['saude mental'], nl: ['geestelijke gezondheid'] },
  },
  {
    category: 'user.health.symptons',
    scope: 'person',
    strong: { en: ['symptom'], de: ['symptome'], fr: ['symptome'], es: ['sintoma'], nl: ['symptomen'] },
  },
  {
    category: 'user.health.treatment',
    scope: 'person',
    weak: { en: ['treatment', 'therapy'], de: ['behandlung'], fr: ['traitement'], es: ['tratamiento'], pt: ['tratamento'], nl: ['behandeling'] },
  },
  {
    category: 'user.health_and_medical.record_id',
    scope: 'person',
    strong: { en: ['medical record number', 'mrn', 'medical record id', 'health record id', 'patient number'], de: ['patientennummer'] },
  },
  {
    category: 'user.health_and_medical.insurance_beneficiary_id',
    scope: 'person',
    strong: {
      en: ['health insurance number', 'health insurance id', 'medicare number', 'medicaid number'],
      de: ['krankenversicherungsnummer', 'versichertennummer', 'krankenkasse'],
      fr: ['carte vitale'],
      es: ['tarjeta sanitaria'],
    },
    weak: { en: ['insurance number', 'insurance id'] },
  },
  {
    category: 'user.health_and_medical.genetic',
    scope: 'person',
    strong: { en: ['dna', 'genetic', 'genetic data', 'genome', 'genotype', 'genetic test', 'dna sample'], fr: ['adn'], es: ['adn'] },
  },
  {
    category: 'user.biometric',
    scope: 'person',
    strong: { en: ['biometric', 'biometric data', 'biometric template', 'face template', 'face encoding', 'face embedding', 'face descriptor', 'faceprint', 'face data', 'palm print'] },
  },
  {
    category: 'user.biometric.fingerprint',
    scope: 'person',
    strong: { en: ['fingerprint template', 'fingerprint image'], de: ['fingerabdruck'], fr: ['empreinte digitale'], es: ['huella dactilar'], pt: ['impressao digital'], nl: ['vingerafdruk'] },
    // Also a key's or a card's fingerprint: those compounds are listed below.
    weak: { en: ['fingerprint'] },
  },
  {
    category: null,
    scope: 'anywhere',
    strong: { en: ['key fingerprint', 'certificate fingerprint', 'cert fingerprint', 'ssh fingerprint', 'file fingerprint', 'content fingerprint'] },
  },
  {
    category: 'user.biometric.retinal',
    scope: 'person',
    strong: { en: ['retina scan', 'iris scan', 'retina', 'iris template'] },
  },
  {
    category: 'user.biometric.voice',
    scope: 'person',
    strong: { en: ['voiceprint', 'voice print', 'voice sample', 'voice signature'] },
  },
  {
    category: 'user.authorization.biometric',
    scope: 'anywhere',
    strong: { en: ['biometric credential', 'biometric key', 'face id template', 'touch id template'] },
  },
  {
    category: 'user.demographic.race_ethnicity',
    scope: 'person',
    personOnly: true,
    strong: {
      en: ['ethnicity', 'ethnic origin', 'ethnic group', 'racial origin', 'race ethnicity'],
      de: ['ethnie', 'ethnische herkunft'],
      fr: ['origine ethnique'],
      es: ['etnia', 'origen etnico'],
      nl: ['etniciteit'],
    },
    weak: { en: ['race'], es: ['raza'], pt: ['raca'] },
  },
  {
    category: 'user.demographic.political_opinion',
    scope: 'person',
    personOnly: true,
    strong: {
      en: ['political opinion', 'political affiliation', 'political party', 'political view', 'political leaning', 'politics', 'party affiliation'],
      de: ['politische meinung', 'parteizugehorigkeit'],
      fr: ['opinion politique', 'affiliation politique'],
      es: ['afiliacion politica', 'opinion politica', 'partido politico'],
      pt: ['opiniao politica', 'filiacao partidaria'],
      nl: ['politieke voorkeur', 'partijlidmaatschap'],
    },
  },
  {
    category: 'user.demographic.religious_belief',
    scope: 'person',
    personOnly: true,
    strong: {
      en: ['religion', 'religious affiliation', 'religious belief', 'religious denomination'],
      de: ['konfession', 'religionszugehorigkeit'],
      fr: ['confession religieuse'],
      es: ['religion', 'creencia religiosa'],
      pt: ['religiao'],
      nl: ['godsdienst', 'religie'],
    },
    weak: { en: ['faith', 'denomination'] },
  },
  {
    category: 'user.demographic.philosophical_belief',
    scope: 'person',
    personOnly: true,
    strong: { en: ['philosophical belief', 'worldview', 'world view'], de: ['weltanschauung'], fr: ['conviction philosophique'], es: ['creencia filosofica'], nl: ['levensbeschouwing'] },
  },
  {
    category: 'user.demographic.union_membership',
    scope: 'person',
    personOnly: true,
    strong: {
      en: ['union membership', 'trade union', 'union member', 'labor union', 'labour union'],
      de: ['gewerkschaft', 'gewerkschaftsmitglied'],
      fr: ['syndicat', 'affiliation syndicale'],
      es: ['sindicato', 'afiliacion sindical'],
      pt: ['filiacao sindical'],
      nl: ['vakbond', 'vakbondslid'],
    },
  },
  {
    category: 'user.demographic.sexual_orientation',
    scope: 'person',
    personOnly: true,
    strong: {
      en: ['sexual orientation', 'sexuality', 'sexual preference'],
      de: ['sexuelle orientierung'],
      fr: ['orientation sexuelle'],
      es: ['orientacion sexual'],
      pt: ['orientacao sexual'],
      nl: ['seksuele orientatie', 'seksuele geaardheid'],
    },
  },
  {
    category: 'user.demographic.protected_classifications',
    scope: 'person',
    personOnly: true,
    strong: { en: ['veteran status', 'military status'] },
  },
  {
    category: 'user.criminal_history',
    scope: 'person',
    personOnly: true,
    strong: {
      en: ['criminal record', 'criminal history', 'criminal conviction', 'conviction', 'police record'],
      de: ['vorstrafe', 'fuhrungszeugnis'],
      fr: ['casier judiciaire'],
      es: ['antecedentes penales'],
      pt: ['antecedentes criminais'],
      nl: ['strafblad'],
    },
    weak: { en: ['background check'] },
  },

  // ---- compounds that name something other than a person ------------------------------------
  {
    category: null,
    scope: 'anywhere',
    strong: {
      en: [
        'file name', 'filename', 'path name', 'pathname', 'host name', 'hostname', 'domain name', 'class name', 'classname',
        'type name', 'typename', 'table name', 'column name', 'field name', 'tag name', 'node name', 'bucket name', 'key name',
        'base name', 'basename', 'dir name', 'dirname', 'app name', 'event name', 'namespace', 'name space', 'display order',
        'server address', 'bind address', 'listen address', 'contract address', 'token address', 'memory address',
        'smart contract address', 'local address', 'broadcast address', 'network address', 'in reply to', 'image tag', 'image url template', 'docker image', 'container image', 'base image', 'og image',
        'cover image', 'cover photo', 'banner image', 'background image', 'header image', 'featured image', 'social image',
        'thumbnail image', 'image alt', 'alt text', 'state machine', 'country of origin', 'origin country', 'fiscal year',
        'phone country code', 'phone prefix', 'dial code', 'calling code', 'country calling code',
        // The label a person gives a saved address (`Home`, `Work`), not the address.
        'address name', 'address label', 'address nickname', 'address alias',
      ],
    },
  },
];

function buildTerms(groups: readonly TermGroup[]): Term[] {
  const byPhrase = new Map<string, Term>();
  for (const group of groups) {
    for (const strength of ['strong', 'medium', 'weak'] as const) {
      const phrases = group[strength];
      if (!phrases) continue;
      for (const [language, list] of Object.entries(phrases) as Array<[Language, readonly string[]]>) {
        for (const phrase of list) {
          const existing = byPhrase.get(phrase);
          if (existing) {
            // The same word in two languages (`adresse` in German and French) is one term.
            if (existing.category !== group.category || existing.strength !== strength) {
              throw new Error(`lexicon: "${phrase}" is listed twice with different meanings`);
            }
            if (!existing.languages.includes(language)) (existing.languages as Language[]).push(language);
            continue;
          }
          byPhrase.set(phrase, {
            phrase,
            words: phrase.split(' '),
            category: group.category,
            scope: group.scope,
            strength,
            languages: [language],
            personOnly: group.personOnly ?? false,
            notFor: group.notFor ?? [],
            needsAddressContext: group.needsAddressContext ?? false,
            isPassword: group.isPassword ?? false,
            bareOrPersonOnly: group.bareOrPersonOnly ?? false,
            isMessageAddress: group.isMessageAddress ?? false,
          });
        }
      }
    }
  }
  return [...byPhrase.values()];
}

/** Every term, one per phrase. */
export const TERMS: readonly Term[] = buildTerms(TERM_GROUPS);

/** Owner nouns and what they say about the owner. Plural forms are found through the singular. */
export const NOUN_CLASSES: ReadonlyMap<string, NounClass> = new Map<string, NounClass>([
  ...words('person', [
    // en
    'user', 'customer', 'member', 'patient', 'employee', 'contact', 'lead', 'subscriber', 'guest', 'attendee', 'invite',
    'invitee', 'invitation', 'inviter', 'person', 'people', 'individual', 'human', 'client', 'buyer', 'shopper', 'consumer',
    'applicant', 'candidate', 'student', 'pupil', 'learner', 'teacher', 'instructor', 'tutor', 'author', 'admin',
    'administrator', 'staff', 'worker', 'driver', 'passenger', 'rider', 'traveler', 'traveller', 'visitor', 'participant',
    'respondent', 'recipient', 'sender', 'speaker', 'volunteer', 'donor', 'beneficiary', 'parent', 'guardian', 'child',
    'kid', 'spouse', 'resident', 'landlord', 'owner', 'doctor', 'physician', 'nurse', 'therapist', 'practitioner',
    'clinician', 'caregiver', 'athlete', 'player', 'coach', 'friend', 'follower', 'organizer', 'organiser', 'signer',
    'signatory', 'creator', 'assignee', 'reporter', 'requester', 'requestor', 'reviewer', 'approver', 'holder', 'cardholder',
    'payer', 'payee', 'licensee', 'lessee', 'policyholder', 'insured', 'receiver', 'addressee', 'consignee', 'emergency', 'kin', 'referrer', 'referee', 'affiliate', 'agent',
    'me', 'my', 'self', 'personal', 'actor', 'freelancer', 'contractor', 'mentor', 'mentee', 'fan', 'citizen', 'voter',
    'claimant', 'partner', 'developer', 'viewer',
    // de
    'benutzer', 'nutzer', 'anwender', 'kunde', 'kunden', 'mitarbeiter', 'mitglied', 'mitglieder', 'ansprechpartner',
    'kontakt', 'teilnehmer', 'bewerber', 'schuler', 'schueler', 'lehrer', 'fahrer', 'gast', 'empfanger', 'empfaenger',
    'absender', 'inhaber', 'besitzer', 'personal', 'privat',
    // fr
    'utilisateur', 'employe', 'salarie', 'membre', 'personne', 'adherent', 'eleve', 'etudiant', 'candidat', 'destinataire',
    'expediteur', 'titulaire', 'proprietaire', 'abonne',
    // es
    'usuario', 'cliente', 'empleado', 'paciente', 'persona', 'miembro', 'socio', 'contacto', 'alumno', 'estudiante',
    'profesor', 'huesped', 'invitado', 'conductor', 'solicitante', 'candidato', 'afiliado', 'destinatario', 'remitente',
    'titular', 'propietario', 'suscriptor', 'comprador',
    // pt
    'utilizador', 'funcionario', 'empregado', 'pessoa', 'membro', 'contato', 'aluno', 'estudante', 'hospede', 'assinante',
    'remetente', 'dono',
    // nl
    'gebruiker', 'klant', 'klanten', 'medewerker', 'werknemer', 'lid', 'leden', 'persoon', 'contactpersoon', 'deelnemer',
    'leerling', 'sollicitant', 'ontvanger', 'afzender', 'eigenaar', 'abonnee', 'bewoner',
  ]),
  ...words('organization', [
    'company', 'organization', 'organisation', 'org', 'business', 'merchant', 'vendor', 'supplier', 'tenant', 'workspace',
    'team', 'store', 'shop', 'brand', 'firm', 'agency', 'enterprise', 'corporation', 'corp', 'seller', 'provider',
    'manufacturer', 'publisher', 'school', 'university', 'institution', 'department', 'bank', 'issuer', 'carrier',
    'firma', 'unternehmen', 'entreprise', 'societe', 'empresa', 'bedrijf', 'organisatie', 'tienda', 'loja', 'winkel',
    'geschaft', 'laden', 'boutique', 'magasin', 'proveedor', 'fornecedor', 'leverancier', 'lieferant',
  ]),
  ...words('place', [
    'venue', 'place', 'warehouse', 'office', 'building', 'branch', 'restaurant', 'hotel', 'property', 'station', 'stop',
    'facility', 'site', 'landmark', 'poi', 'spot', 'area', 'zone', 'event', 'meetup', 'depot', 'airport', 'port', 'clinic',
    'hospital', 'pharmacy', 'campus', 'room', 'hall', 'stadium', 'geofence', 'listing', 'store location', 'marker',
  ]),
  ...words('system', [
    'server', 'host', 'proxy', 'node', 'gateway', 'router', 'database', 'db', 'cluster', 'instance', 'machine', 'vm', 'nat',
    'smtp', 'imap', 'pop', 'ftp', 'sftp', 'ssh', 'mqtt', 'redis', 'service', 'bot', 'integration', 'connection',
    'connector', 'datasource', 'webhook', 'endpoint', 'api', 'app', 'application', 'plugin', 'system', 'bucket', 'storage',
    'queue', 'runner', 'registry', 'repository', 'repo', 'sentry', 'stripe', 'dns', 'network', 'subnet', 'vpn', 'firewall',
    'load balancer', 'relay', 'mail server', 'config', 'configuration', 'tracker', 'sandbox', 'environment', 'deployment',
    'container', 'pod', 'scanner', 'mailer', 'infrastructure', 'oauth client', 'api client', 'client app',
    // Services a notification or deployment config is named after (`mattermost.username` is the bot's;
    // a Git host's config holds the account of the user who connected it, so those are not here).
    'slack', 'discord', 'telegram', 'mattermost', 'gotify', 'ntfy', 'pushover', 'lark',
    'vercel', 'infisical', 'docker', 'cloudflare',
  ]),
  ...words('thing', [
    'product', 'item', 'article', 'post', 'page', 'project', 'file', 'folder', 'document', 'category', 'tag', 'label',
    'collection', 'channel', 'board', 'list', 'task', 'issue', 'ticket', 'plan', 'price', 'feature', 'course',
    'lesson', 'template', 'theme', 'font', 'icon', 'logo', 'cover', 'banner', 'background', 'header', 'footer', 'thumbnail',
    'widget', 'form', 'field', 'column', 'table', 'key', 'class', 'type', 'path', 'domain', 'module', 'package', 'device',
    'library', 'method', 'function', 'variable', 'model', 'schema', 'report', 'dashboard', 'chart', 'metric', 'job',
    'workflow', 'pipeline', 'stage', 'step', 'version', 'release', 'branch', 'commit', 'build', 'artifact', 'asset',
    'media', 'video', 'song', 'track', 'album', 'playlist', 'game', 'book', 'movie', 'menu', 'dish', 'recipe', 'ingredient',
    'vehicle', 'car', 'coupon', 'discount', 'promo', 'campaign', 'survey', 'question', 'answer', 'option', 'choice',
    'variant', 'sku', 'group', 'role', 'permission', 'policy', 'rule', 'setting', 'locale string', 'translation',
    'currency', 'unit', 'color', 'colour', 'size', 'format', 'style', 'component', 'screen', 'view', 'tab', 'section',
    'block', 'slide', 'image set', 'gallery', 'attachment', 'upload', 'blob', 'snapshot', 'backup', 'export',
    'import', 'feed', 'topic', 'thread', 'forum', 'wiki', 'note book', 'notebook', 'calendar', 'schedule', 'slot',
    'resource', 'service item', 'line item', 'display', 'layout', 'sheet', 'cell', 'tier', 'level', 'subscription', 'license',
    'licence', 'badge', 'newsletter', 'produkt', 'produit',
    'producto', 'produto', 'artigo', 'categoria', 'categorie', 'kategorie', 'projekt', 'projet', 'proyecto', 'projeto',
    'datei', 'fichier', 'archivo', 'arquivo', 'bestand', 'artikel', 'evento', 'veranstaltung', 'evenement',
  ]),
]);

function words(nounClass: NounClass, list: readonly string[]): Array<[string, NounClass]> {
  return list.map((word) => [word, nounClass]);
}

/**
 * Role words that make an address, name or contact field personal on any model (`shippingAddress`
 * on an Order, `billingCity` on an Invoice, `direccion_envio`). They qualify only those categories:
 * a `homeImage` may be a house.
 */
export const ADDRESS_ROLE_WORDS: ReadonlySet<string> = new Set([
  'shipping', 'billing', 'delivery', 'mailing', 'home', 'residential', 'residence', 'invoice', 'invoicing', 'permanent',
  'correspondence', 'ship', 'bill', 'deliver', 'work', 'private',
  'rechnung', 'rechnungs', 'liefer', 'versand', 'wohn', 'heim', 'facturation', 'livraison', 'domicile', 'envio', 'facturacion',
  'entrega', 'cobranca', 'faturamento', 'residencial', 'factuur', 'bezorg', 'aflever', 'woon', 'thuis', 'prive',
]);

/**
 * Words that come before a value name to make a boolean about it: `isEmailPublic`,
 * `hasPhone`, `showEmail`. A name starting with one of them is not the value.
 */
export const BOOLEAN_PREFIX_WORDS: ReadonlySet<string> = new Set([
  'is', 'has', 'have', 'had', 'should', 'can', 'could', 'show', 'hide', 'allow', 'enable', 'disable', 'use', 'uses',
  'require', 'requires', 'need', 'needs', 'must', 'did', 'was', 'were', 'will', 'accept', 'accepts', 'accepted',
  'opted', 'want', 'wants', 'include', 'includes', 'ist', 'hat', 'es', 'tiene', 'tem', 'heeft',
]);

/**
 * Words that may follow a value's name without changing what the field holds: `emailAddress`,
 * `phoneNumber`, `passwordHash`, `avatarUrl`, `addressLine2`, `phone_e164`. After any other word
 * the field is about something else (`emailTemplate`, `phoneType`, `emailVerified`).
 */
export const TRANSPARENT_WORDS: ReadonlySet<string> = new Set([
  'number', 'no', 'nr', 'num', 'nummer', 'numero', 'nro', 'value', 'val', 'str', 'string', 'text', 'txt', 'raw', 'full',
  'line', 'encrypted', 'encrypt', 'enc', 'crypt', 'cipher', 'ciphertext', 'hash', 'hashed', 'digest', 'md', 'sha', 'bcrypt',
  'argon', 'normalized', 'normalised', 'norm', 'lower', 'lowercase', 'upper', 'uppercase', 'canonical', 'plain', 'plaintext',
  'clear', 'masked', 'formatted', 'url', 'uri', 'link', 'href', 'src', 'path', 'file', 'data', 'info', 'detail',
  'obj', 'object', 'json', 'input', 'e', 'international', 'intl', 'primary', 'secondary', 'main', 'alt', 'alternate',
  'alternative', 'other', 'extra', 'additional', 'backup', 'confirm', 'confirmation', 'repeat', 'again', 'retype', 'verify',
  'old', 'new', 'current', 'previous', 'original', 'ext', 'extension', 'complement', 'complemento', 'zusatz',
  'thumbnail', 'thumb', 'small', 'large', 'medium', 'base', 'blob', 'bytes', 'binary', 'buffer',
  'array', 'encoded', 'bin', 'iso', 'alpha', 'official', 'legal', 'business', 'office', 'fingerprint',
  'completo', 'complet', 'completa', 'vollstandig', 'volledig', 'do', 'da', 'de', 'of', 'the', 'du', 'des',
]);

/**
 * Field names that only say "the value" (`hash`, `value`, `key`): what the value is comes from
 * the model name (`UserPassword.hash`, `ApiKey.key`, `EmailAddress.value`).
 */
export const VALUE_FIELD_WORDS: ReadonlySet<string> = new Set(['value', 'hash', 'hashed', 'key', 'digest', 'encrypted', 'raw', 'secret', 'val', 'plain', 'code', 'answer']);

/**
 * Prepositions that make a value word the object rather than the head: `requiredForLogin`,
 * `discountPerEmail`, `signedInWithPhone` are about something else.
 */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'per', 'via', 'with', 'pro', 'pour', 'para', 'voor', 'fur']);

/** Record references: a name ending in one of these holds another record's key (`userId`, `avatarId`). */
export const REFERENCE_WORDS: ReadonlySet<string> = new Set(['id', 'ids', 'uuid', 'guid', 'ref', 'fk', 'oid', 'pk', 'key', 'keys', 'sid']);

/**
 * Words whose presence says a name is about a value, not the value (`emailVerified`,
 * `passwordChangedAt`, `loginCount`, `phoneType`, `emailTemplateId`). Used to stop doc comments
 * from classifying such fields, and by tests to document the intent.
 */
export const ABOUT_A_VALUE_WORDS: ReadonlySet<string> = new Set([
  'verified', 'verification', 'confirmed', 'validated', 'valid', 'invalid', 'changed', 'change', 'updated', 'modified',
  'reset', 'expires', 'expiry', 'expiration', 'expired', 'sent', 'count', 'counter', 'attempt', 'attempts', 'retries',
  'type', 'kind', 'status', 'template', 'format', 'provider', 'domain', 'visibility', 'visible', 'public', 'hidden',
  'enabled', 'disabled', 'required', 'optional', 'notification', 'notifications', 'notify', 'preference', 'preferences',
  'opt', 'optin', 'optout', 'consent', 'subscribed', 'unsubscribed', 'bounced', 'bounce', 'at', 'on', 'date', 'time',
  'timestamp', 'ts', 'since', 'until', 'policy', 'rule', 'regex', 'pattern', 'length', 'min', 'max', 'limit', 'label',
  'placeholder', 'hint', 'strength', 'locked', 'blocked', 'synced', 'sync', 'source', 'setting', 'settings', 'config',
  'mode', 'method', 'channel', 'flag', 'field', 'column', 'selector', 'lookup', 'enabled', 'version', 'last', 'first',
  'sequence', 'index', 'order', 'position', 'rank', 'score', 'weight', 'category', 'group', 'list', 'level',
]);

/** Free-text content fields: out of scope (DESIGN.md), and their doc comments do not classify them. */
export const GENERIC_CONTENT_WORDS: ReadonlySet<string> = new Set([
  'body', 'content', 'text', 'message', 'description', 'note', 'notes', 'comment', 'comments', 'summary', 'title', 'subject',
  'metadata', 'meta', 'payload', 'data', 'details', 'response', 'responses', 'answer', 'answers',
]);

/**
 * Model-name head nouns that are always a person (`Customer`, `TeamMember`, `Kunde`) and nouns
 * that belong to one unless an organization or thing owns them (`Address`, `Profile`, `Account`).
 */
export const PERSON_MODEL_NOUNS: ReadonlySet<string> = new Set(
  [...NOUN_CLASSES]
    .filter(([word, nounClass]) => nounClass === 'person' && !['my', 'me', 'self', 'personal', 'privat', 'emergency', 'kin', 'holder', 'agent'].includes(word))
    .map(([word]) => word),
);

/** Owned by a person unless the name says otherwise (`StoreAddress`, `BankAccount`, `CompanyProfile`). */
export const PERSON_OWNED_MODEL_NOUNS: ReadonlySet<string> = new Set([
  'address', 'account', 'profile', 'identity', 'adresse', 'anschrift', 'direccion', 'endereco', 'morada', 'adres', 'konto',
  'compte', 'cuenta', 'conta', 'profil', 'perfil', 'profiel',
]);

/** Owned by a person only when a person noun precedes them (`UserSettings`, not `AppSettings`). */
export const PERSON_DETAIL_MODEL_NOUNS: ReadonlySet<string> = new Set([
  'setting', 'preference', 'detail', 'info', 'information', 'data', 'record', 'document', 'photo', 'image', 'avatar',
  'state', 'einstellung', 'parametre', 'configuracion',
]);

/**
 * Person nouns that also name the ends of a tree (`parentName`, `child_name` on a tree of
 * categories): a person's relatives only on a person model.
 */
export const FAMILY_TREE_NOUNS: ReadonlySet<string> = new Set(['parent', 'child', 'children', 'sibling', 'ancestor', 'descendant']);

/**
 * Wrappers of a collection in a nested path (`employees.nodes.firstName`, `edges.node.email`):
 * after another segment they are not the owner; the segment before them is.
 */
export const CONTAINER_WORDS: ReadonlySet<string> = new Set([
  'item', 'items', 'node', 'nodes', 'edge', 'edges', 'data', 'result', 'results', 'list', 'entry', 'entries', 'record',
  'records', 'row', 'rows', 'element', 'elements', 'content', 'payload',
]);

/**
 * Head nouns of tracking records: each row is one visitor's session, visit, page view or click
 * (`TrackingSession`, `PageView`, `AnalyticsEvent`). A model so named is a tracking record when its fields
 * show it (an IP address, a user agent, a browser, a referrer, a cookie id).
 */
export const TRACKING_MODEL_NOUNS: ReadonlySet<string> = new Set([
  'session', 'visit', 'visitor', 'pageview', 'page view', 'view', 'event', 'click', 'hit', 'impression', 'pageload',
  'analytic', 'analytics', 'beacon', 'interaction', 'tracking', 'telemetry',
]);

/** A model named for a query, filter or search holds criteria, not a record (`VisitsFilterQuery`). */
export const QUERY_MODEL_WORDS: ReadonlySet<string> = new Set(['query', 'filter', 'filters', 'search', 'params', 'param', 'args', 'where', 'criteria', 'options', 'sort', 'order by']);

/**
 * Head nouns of what a person submits about themselves (`JobApplication`, `ScholarshipSubmission`,
 * `SupportRequest`): with an email and a name among its fields, the record is about that person,
 * although `application` also names software.
 */
export const SUBMISSION_NOUNS: ReadonlySet<string> = new Set(['application', 'submission', 'request', 'enquiry', 'inquiry', 'entry', 'booking', 'reservation']);

/** People who buy: purchase history is theirs (`Customer.totalSpent`), not a seller's or a partner's. */
export const BUYER_NOUNS: ReadonlySet<string> = new Set([
  'customer', 'buyer', 'shopper', 'consumer', 'purchaser', 'client', 'guest', 'patron', 'kunde', 'cliente', 'klant', 'acheteur', 'comprador',
]);

/** Words of a sign-in record's name: the `identifier` there is what a person signs in with. */
export const SIGN_IN_MODEL_WORDS: ReadonlySet<string> = new Set([
  'auth', 'authentication', 'authenticator', 'login', 'signin', 'sign', 'verification', 'verify', 'token', 'credential',
  'password', 'otp', 'passkey', 'magic',
]);

/** Words before an `identifier` that say another system issued it: a pseudonymous id, not a login. */
export const EXTERNAL_IDENTIFIER_WORDS: ReadonlySet<string> = new Set([
  'external', 'provider', 'remote', 'foreign', 'upstream', 'federated', 'third', 'oauth', 'sso', 'saml', 'oidc', 'social',
  'platform', 'vendor', 'partner', 'source', 'target', 'resource', 'object', 'entity', 'record', 'campaign', 'client',
]);

/**
 * Head nouns of key-value records (`CustomerAttribute`, `UserProperty`, `VisitData`): when a
 * person or visitor noun comes before, their `value` holds data about that person.
 */
export const ATTRIBUTE_MODEL_NOUNS: ReadonlySet<string> = new Set(['attribute', 'property', 'trait', 'data', 'meta', 'metadata', 'characteristic', 'custom field', 'field value']);

/** Words that may stand with `value` in a key-value record's value field: `stringValue`, `valueDate`. */
export const VALUE_TYPE_WORDS: ReadonlySet<string> = new Set([
  'value', 'string', 'str', 'text', 'number', 'num', 'numeric', 'int', 'integer', 'float', 'decimal', 'double', 'date',
  'datetime', 'time', 'json', 'attribute', 'property', 'trait', 'meta', 'data',
]);

/** Head nouns of a person's stored-value or financial account: a balance there is the holder's money. */
export const FINANCIAL_ACCOUNT_MODEL_NOUNS: ReadonlySet<string> = new Set(['wallet', 'balance', 'account balance', 'purse', 'savings', 'ledger account']);

/** Fields of an account that make it a financial account rather than a login (`Account.currency`). */
export const FINANCIAL_ACCOUNT_FIELD_WORDS: ReadonlySet<string> = new Set(['currency', 'balance', 'balances', 'iban', 'overdraft']);

/**
 * Head nouns of a connection to another system (`CrmConnector`, `WarehouseConnection`, `IdentityProvider`): its
 * configuration holds the credentials for that system.
 */
export const CONNECTION_MODEL_NOUNS: ReadonlySet<string> = new Set([
  'integration', 'connection', 'connector', 'datasource', 'data source', 'provider', 'vault', 'destination', 'credential',
]);

/** A connection's configuration, as a whole: `config`, `params`, `oidcConfig`, `connectionParams`. */
export const CONNECTION_CONFIG_WORDS: ReadonlySet<string> = new Set(['config', 'configuration', 'params', 'parameters', 'param']);

/** Words that may qualify a connection's configuration: its protocol or the connection itself. */
export const CONNECTION_PROTOCOL_WORDS: ReadonlySet<string> = new Set([
  'oidc', 'saml', 'oauth', 'ldap', 'sso', 'smtp', 'imap', 'connection', 'provider', 'client', 'auth', 'api', 'secret',
  'secrets', 'encrypted', 'credentials',
]);

/**
 * Words that make a secret a part of one, which cannot be used to sign in: `partialSecret`,
 * `redactedToken`, `maskedApiKey`.
 */
export const PARTIAL_SECRET_WORDS: ReadonlySet<string> = new Set(['partial', 'redacted', 'truncated', 'obfuscated', 'masked']);

/**
 * A json or object field named for a person, or for who did something (`creator`, `reviews.user`,
 * `createdBy`), holds a copy of that person, not a reference: the verbs of such names.
 */
export const ACTOR_VERBS: ReadonlySet<string> = new Set([
  'created', 'updated', 'modified', 'edited', 'published', 'reviewed', 'approved', 'submitted', 'deleted', 'requested',
  'invited', 'added', 'uploaded', 'sent', 'signed', 'owned', 'assigned', 'archived', 'completed', 'closed', 'resolved',
]);

/** Forms a person fills in about themselves: `SignUpDto`, `registerSchema`, `OnboardingInput`. */
export const PERSON_FORM_NOUNS: ReadonlySet<string> = new Set(['signup', 'sign up', 'register', 'registration', 'onboarding', 'enrollment', 'enrolment', 'contact form', 'newsletter signup', 'newsletter subscription', 'waitlist', 'rsvp', 'booking form', 'checkout form', 'anmeldung', 'registrierung', 'inscription', 'registro', 'cadastro', 'aanmelding', 'registratie']);

/**
 * Models whose records are about one patient although not named for a person
 * (`Appointment.diagnosis`): health terms there are in a person context.
 */
export const HEALTH_RECORD_MODEL_NOUNS: ReadonlySet<string> = new Set([
  'appointment', 'encounter', 'visit', 'consultation', 'prescription', 'medical record', 'health record', 'treatment',
  'admission', 'lab result', 'test result', 'diagnosis', 'case', 'intake', 'anamnesis', 'vaccination', 'allergy',
  'condition', 'medication', 'observation', 'termin', 'behandlung', 'consulta', 'cita', 'rendez vous', 'afspraak',
  'health questionnaire', 'medical questionnaire', 'health assessment', 'health form', 'medical history', 'health declaration',
]);

/**
 * Model-name head nouns for places that are also field terms (`Location.latitude` is a place's,
 * `User.location` a person's); a model so named is a place.
 */
export const PLACE_MODEL_NOUNS: ReadonlySet<string> = new Set(['location', 'city', 'country', 'region', 'lieu', 'standort', 'ubicacion', 'localizacao', 'locatie']);

/** Words stripped from model names before looking at their head noun: `CreateUserDto` -> `user`. */
export const MODEL_NAME_AFFIXES: ReadonlySet<string> = new Set([
  'create', 'update', 'upsert', 'patch', 'edit', 'new', 'get', 'find', 'list', 'delete', 'remove', 'put', 'post', 'save',
  'dto', 'input', 'output', 'schema', 'model', 'entity', 'doc', 'row', 'table', 'type', 'types', 'interface', 'props',
  'attributes', 'attrs', 'attr', 'request', 'response', 'payload', 'body', 'params', 'param', 'args', 'arg', 'fields',
  'values', 'object', 'form', 'validator', 'validation', 'resource', 'view', 'result', 'many', 'unique', 'where', 'with',
  'without', 'tbl', 'base', 'abstract', 'raw', 'db', 'i', 't', 'z', 'js', 'ts', 'sequelize', 'mongoose', 'prisma',
  'typeorm', 'drizzle', 'document', 'collection', 'record', 'item', 'shape', 'spec', 'query', 'mutation', 'command',
  'public', 'partial', 'full', 'summary', 'minimal', 'lite', 'basic', 'me', 'current', 'one', 'by', 'and',
]);

/**
 * Extra words the segmenter may use to split run-together lower-case names (`createdat`,
 * `lastloginip`). Every term word and noun above is a segment word too.
 */
const COMMON_WORDS: readonly string[] = [
  'created', 'updated', 'deleted', 'modified', 'removed', 'archived', 'last', 'first', 'next', 'at', 'on', 'by', 'of', 'to',
  'design', 'spacing', 'typography',
  'for', 'from', 'with', 'and', 'or', 'the', 'new', 'old', 'current', 'previous', 'date', 'time', 'day', 'month', 'year',
  'count', 'total', 'amount', 'price', 'cost', 'quantity', 'status', 'type', 'kind', 'code', 'number', 'order', 'invoice',
  'item', 'product', 'page', 'post', 'comment', 'message', 'body', 'content', 'text', 'title', 'description', 'note',
  'color', 'size', 'url', 'link', 'path', 'file', 'public', 'private', 'active', 'enabled', 'visible', 'default',
  'primary', 'secondary', 'main', 'other', 'custom', 'extra', 'meta', 'metadata', 'data', 'info', 'detail', 'settings',
  'config', 'value', 'list', 'set', 'map', 'id', 'ids', 'uuid', 'ref', 'hash', 'token', 'secret', 'expires', 'expiry',
  'sent', 'verified', 'confirmed', 'login', 'logout', 'sign', 'signin', 'session', 'access', 'refresh', 'reset', 'change',
  'changed', 'attempt', 'failed', 'success', 'score', 'rating', 'level', 'rank', 'role', 'group', 'start', 'end', 'open',
  'closed', 'read', 'write', 'view', 'click', 'like', 'share', 'follow', 'payment', 'paid', 'due', 'balance', 'fee',
  'discount', 'newsletter', 'marketing', 'terms', 'privacy', 'cookie', 'notification', 'subscribe', 'subscribed',
  'unsubscribe', 'referrer', 'verification', 'confirmation', 'template', 'provider', 'domain', 'birth', 'line', 'zip',
  'code', 'postal', 'hashed', 'encrypted', 'card', 'bank', 'account', 'credit', 'debit', 'social', 'security', 'national',
  'tax', 'driver', 'license', 'licence', 'home', 'work', 'office', 'street', 'house', 'expired', 'enable', 'invite',
  'invited', 'seen', 'visit', 'visited', 'online', 'offline', 'approved', 'rejected', 'pending', 'blocked', 'banned',
  'locked', 'count', 'timezone', 'format', 'week', 'hour', 'minute', 'second', 'department', 'invoice', 'reply', 'display',
  'full', 'real', 'legal', 'preferred', 'nick', 'user', 'name', 'email', 'phone', 'mobile', 'fax', 'address', 'city',
  'state', 'country', 'region', 'area', 'zone', 'image', 'photo', 'avatar', 'picture', 'profile', 'about', 'bio', 'job',
  'company', 'organization', 'employer', 'gender', 'sex', 'age', 'language', 'locale', 'password', 'pwd', 'pass', 'key',
  'api', 'client', 'device', 'push', 'ip', 'mac', 'geo', 'lat', 'lng', 'lon', 'gps', 'location', 'health', 'medical',
  'blood', 'group', 'political', 'religious', 'union', 'sexual', 'criminal', 'record', 'ethnic', 'origin', 'de',
  'naissance', 'nacimiento', 'nascimento', 'fecha', 'data', 'datum', 'numero', 'nummer', 'telefono', 'telefone', 'nombre',
  'nome', 'nom', 'prenom', 'usuario', 'utilisateur', 'cliente', 'client', 'kunde', 'kunden', 'adresse', 'direccion',
  'endereco', 'postal', 'codigo', 'rechnungs', 'liefer', 'versand', 'wohn', 'strassen', 'geburts', 'telefon', 'handy',
  'envio', 'entrega', 'facturacion', 'livraison', 'facturation', 'correo', 'electronico', 'invoice', 'dob', 'ssn', 'ein',
  'expire', 'expiration', 'attempts', 'opt', 'in', 'out', 'consent', 'accepted', 'tracking', 'anonymous', 'visitor',
  'distinct', 'cookie', 'agent', 'iso', 'tz', 'nr', 'no', 'on', 'da', 'do', 'zip', 'short', 'long', 'label', 'ordering',
  'sort', 'position', 'index', 'priority', 'weight', 'height', 'width', 'depth', 'length', 'duration', 'interval', 'timeout',
  'retry', 'retries', 'count', 'counter', 'limit', 'quota', 'usage', 'storage', 'bucket', 'region', 'host', 'port',
  'protocol', 'scheme', 'method', 'header', 'query', 'param', 'payload', 'request', 'response', 'webhook', 'callback',
  'redirect', 'uri', 'scope', 'grant', 'state', 'nonce', 'challenge', 'verifier', 'slug', 'handle', 'title', 'subtitle',
  'caption', 'summary', 'excerpt', 'tags', 'tag', 'category', 'categories', 'published', 'draft', 'archived', 'pinned',
  'featured', 'sticky', 'hidden', 'deleted', 'removed', 'trashed', 'spam', 'flagged', 'reported', 'banned', 'muted',
];

const termWords = TERMS.flatMap((term) => term.words);
const nounWords = [...NOUN_CLASSES.keys()].flatMap((phrase) => phrase.split(' '));

/**
 * The segmenter's dictionary: a run-together lower-case word made only of these is split
 * (`firstname` -> first name); a word that is itself in here is kept (`geburtsdatum`).
 */
export const SEGMENT_VOCABULARY: ReadonlySet<string> = new Set(
  [
    ...termWords,
    ...nounWords,
    ...COMMON_WORDS,
    ...TRANSPARENT_WORDS,
    ...ABOUT_A_VALUE_WORDS,
    ...ADDRESS_ROLE_WORDS,
    ...BOOLEAN_PREFIX_WORDS,
    ...REFERENCE_WORDS,
    ...GENERIC_CONTENT_WORDS,
    ...PERSON_OWNED_MODEL_NOUNS,
    ...[...PERSON_DETAIL_MODEL_NOUNS].flatMap((phrase) => phrase.split(' ')),
    ...[...PERSON_FORM_NOUNS].flatMap((phrase) => phrase.split(' ')),
  ].filter((word) => word.length > 0),
);

/**
 * Two-letter words the segmenter may cut out of a longer word: `dateofbirth`, `createdat`,
 * `lastloginip`, `fechadenacimiento`. Longer pieces need only be in the vocabulary.
 */
export const SHORT_SEGMENT_WORDS: ReadonlySet<string> = new Set(['of', 'at', 'by', 'on', 'id', 'ip', 'no', 'nr', 'de', 'da', 'do', 'tz']);
