import { isPersonModel } from '../../src/classify/classifier.js';

describe('isPersonModel', () => {
  test.each([
    'User', 'Users', 'users', 'user_profiles', 'Customer', 'Member', 'Patient', 'Employee', 'Profile', 'Contact', 'Lead',
    'Subscriber', 'Guest', 'Attendee', 'Invite', 'Invitation', 'Address', 'CustomerAddress', 'ShippingAddress', 'Account',
    'UserProfile', 'TeamMember', 'OrganizationMember', 'CompanyContact', 'EmergencyContact', 'UserSettings', 'UserEntity',
    'UserModel', 'IUser', 'CreateUserDto', 'UpdateProfileInput', 'UserCreateInput', 'userSchema', 'SignUpDto',
    'registerSchema', 'tbl_customers', 'People', 'Person', 'Recipient', 'Participant', 'Applicant', 'Student', 'Author',
    'Benutzer', 'Kunde', 'Kunden', 'Mitarbeiter', 'Usuario', 'Cliente', 'Empleado', 'Paciente', 'Utilisateur', 'Klant',
    'Gebruiker', 'Medewerker', 'Utilizador', 'Funcionario', 'InvitationWithSender', 'ResellerPartner', 'AppDeveloper',
    'VisitorPersonState', 'HealthProfile', 'BillingAddress',
  ])('%s is a person model', (name) => {
    expect(isPersonModel(name)).toBe(true);
  });

  test.each([
    'Organization', 'Team', 'Workspace', 'Project', 'Tenant', 'Product', 'Order', 'Invoice', 'Store', 'StoreAddress',
    'WarehouseAddress', 'BankAccount', 'ServiceAccount', 'CompanyProfile', 'AppSettings', 'Settings', 'Session',
    'VerificationToken', 'Post', 'Comment', 'Department', 'Event', 'EventType', 'Booking', 'OAuthClient', 'Webhook',
    'UserRole', 'UserSession', 'Membership', 'Location', 'DeliveryProfile', 'ReportWithAuthors', 'PickupLocationAddress',
    'ApiClient', 'PrepaidWallet',
  ])('%s is not a person model by its name', (name) => {
    expect(isPersonModel(name)).toBe(false);
  });

  test.each([
    ['Order', ['id', 'firstName', 'lastName', 'total']],
    ['Entry', ['email', 'password']],
    ['Entry', ['email', 'passwordHash']],
    ['Registration', ['dateOfBirth']],
    ['Record', ['gender', 'score']],
    ['Ficha', ['vorname', 'nachname']],
  ])('%s with fields %j is a person model', (name, fields) => {
    expect(isPersonModel(name, fields)).toBe(true);
  });

  test.each([
    ['Order', ['id', 'customerFirstName', 'customerLastName', 'customerEmail']],
    ['Order', ['email', 'total']],
    ['Smtp', ['host', 'password']],
    ['Product', ['name', 'firstName']],
    ['Setting', ['emailVerified', 'passwordChangedAt']],
  ])('%s with fields %j is not a person model', (name, fields) => {
    expect(isPersonModel(name, fields)).toBe(false);
  });
});
