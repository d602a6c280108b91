import { runScriptExtractor, summarize } from '../helpers/extract.js';
import { classValidatorExtractor } from '../../src/inventory/extractors/class-validator.js';
import { fieldNamed, fixtureFiles, modelNamed, validatorsOf } from './fixture-files.js';

const extract = (files: Record<string, string>) => runScriptExtractor(classValidatorExtractor, files);
const ADDRESS = (prefix: string) => [
  `${prefix}.street:string@6`,
  `${prefix}.city:string@9`,
  `${prefix}.postalCode:string@12`,
  `${prefix}.country:string@15`,
  `${prefix}.state:string@19`,
];

describe('class-validator extractor: class-validator-dtos', () => {
  const { models, diagnostics } = extract(fixtureFiles('class-validator-dtos'));

  it('reads every DTO with every property, nested DTOs as dotted paths', () => {
    expect(diagnostics).toEqual([]);
    expect(summarize(models)).toEqual({
      LoginDto: ['email:string@5', 'password:string@8', 'clientIp:string@12'],
      DeviceDto: [
        'deviceId:string@17',
        'macAddress:string@20',
        'lastPosition:string@23',
        'latitude:number@26',
        'longitude:number@29',
        'locale:string@32',
        'token:string@35',
        'ownerId:string@38',
      ],
      RegisterRequest: ['email:string@6', 'password:string@9', 'language:enum@12', 'avatar:binary@15'],
      PaymentDetailsDto: [
        'cardNumber:string@6',
        'iban:string@9',
        'bic:string@12',
        'amount:string@15',
        'issuingCountry:string@18',
        'passport:string@21',
        'nationalId:string@24',
        'taxId:string@27',
        'receiptHash:string@30',
        'mobile:string@33',
      ],
      AddressDto: ['street:string@6', 'city:string@9', 'postalCode:string@12', 'country:string@15', 'state:string@19'],
      CreateUserDto: [
        'email:string@35',
        'firstName:string@40',
        'lastName:string@43',
        'phone:string@47',
        'dateOfBirth:string@50',
        'age:number@55',
        'role:enum@58',
        'theme:enum@61',
        'newsletter:boolean@64',
        'website:string@68',
        'bankAccount:string@71',
        'backupContact:string@74',
        ...ADDRESS('address'),
        ...ADDRESS('previousAddresses'),
        'tags:string@89',
        'password:string@91',
      ],
    });
  });

  it('maps format decorators (plain, aliased through a namespace import, @Matches, @ApiProperty format) to validators', () => {
    expect(validatorsOf(models)).toEqual({
      'LoginDto.email': ['email'],
      'LoginDto.password': ['password'],
      'LoginDto.clientIp': ['ip'],
      'DeviceDto.deviceId': ['uuid'],
      'DeviceDto.macAddress': ['mac-address'],
      'DeviceDto.lastPosition': ['lat-long'],
      'DeviceDto.latitude': ['latitude'],
      'DeviceDto.longitude': ['longitude'],
      'DeviceDto.locale': ['locale'],
      'DeviceDto.token': ['jwt'],
      'DeviceDto.ownerId': ['id'],
      'RegisterRequest.email': ['email'],
      'RegisterRequest.password': ['password'],
      'PaymentDetailsDto.cardNumber': ['credit-card'],
      'PaymentDetailsDto.iban': ['iban'],
      'PaymentDetailsDto.bic': ['bic'],
      'PaymentDetailsDto.amount': ['currency'],
      'PaymentDetailsDto.issuingCountry': ['country'],
      'PaymentDetailsDto.passport': ['passport-number'],
      'PaymentDetailsDto.nationalId': ['identity-card'],
      'PaymentDetailsDto.taxId': ['tax-id'],
      'PaymentDetailsDto.receiptHash': ['hash'],
      'PaymentDetailsDto.mobile': ['phone'],
      'AddressDto.postalCode': ['postal-code'],
      'AddressDto.country': ['country'],
      'CreateUserDto.email': ['email'],
      'CreateUserDto.phone': ['phone'],
      'CreateUserDto.dateOfBirth': ['date'],
      'CreateUserDto.website': ['url'],
      'CreateUserDto.backupContact': ['email'],
      'CreateUserDto.address.postalCode': ['postal-code'],
      'CreateUserDto.address.country': ['country'],
      'CreateUserDto.previousAddresses.postalCode': ['postal-code'],
      'CreateUserDto.previousAddresses.country': ['country'],
    });
  });

  it('reads enums, lists and docs from decorators and annotations', () => {
    expect(fieldNamed(models, 'CreateUserDto.role')).toMatchObject({ type: 'enum', typeName: 'Role', enumValues: ['admin', 'editor', 'viewer'] });
    expect(fieldNamed(models, 'CreateUserDto.theme')).toMatchObject({ type: 'enum', enumValues: ['light', 'dark'] });
    expect(fieldNamed(models, 'RegisterRequest.language')).toMatchObject({ type: 'enum', enumValues: ['de', 'en'] });
    expect(fieldNamed(models, 'CreateUserDto.tags').isList).toBe(true);
    expect(fieldNamed(models, 'CreateUserDto.previousAddresses.city')).toMatchObject({ isList: true, model: 'CreateUserDto', file: 'src/users/dto/address.dto.ts', line: 9 });
    expect(fieldNamed(models, 'CreateUserDto.address.city').isList).toBeUndefined();
    expect(fieldNamed(models, 'CreateUserDto.email').doc).toBe('Login and contact address.');
    expect(fieldNamed(models, 'CreateUserDto.firstName').doc).toBe('Given name as shown on invoices');
    expect(fieldNamed(models, 'RegisterRequest.email').doc).toBe('Where the confirmation link goes');
    expect(modelNamed(models, 'CreateUserDto')).toMatchObject({ file: 'src/users/dto/create-user.dto.ts', line: 31, column: 14, source: 'class-validator', kind: 'collection-point', doc: 'Payload of POST /users.' });
  });

  it('keeps an undecorated property of a DTO (it is part of what the class declares)', () => {
    expect(fieldNamed(models, 'CreateUserDto.password')).toMatchObject({ type: 'string', validators: [] });
  });

  it('leaves entities, Swagger response models, class-transformer views and plain classes alone', () => {
    const names = models.map((model) => model.name);
    for (const name of ['User', 'UserResponse', 'PaymentView', 'Money']) expect(names).not.toContain(name);
  });
});

describe('class-validator extractor: nest-mapped-types', () => {
  const { models } = extract(fixtureFiles('nest-mapped-types'));

  it('inherits fields through extends, PartialType, OmitType, PickType and IntersectionType', () => {
    expect(summarize(models)).toEqual({
      BaseUserDto: ['name:string@6', 'email:string@9'],
      CreateUserDto: ['name:string@6', 'email:string@9', 'password:string@14', 'phone:string@18', 'role:string@21'],
      PaginationDto: ['page:number@9'],
      UpdateUserDto: ['name:string@6', 'email:string@9', 'phone:string@18', 'role:string@21'],
      FindByContactDto: ['email:string@9', 'phone:string@18'],
      SearchUsersDto: ['name:string@6', 'page:number@9'],
      AdminCreateUserDto: ['name:string@6', 'email:string@9', 'password:string@14', 'phone:string@18', 'role:string@21', 'isSuperAdmin:boolean@18'],
    });
  });

  it('keeps inherited fields where they are declared, under the inheriting model', () => {
    expect(fieldNamed(models, 'UpdateUserDto.email')).toMatchObject({ model: 'UpdateUserDto', file: 'src/users/dto/create-user.dto.ts', line: 9, validators: ['email'] });
    expect(fieldNamed(models, 'AdminCreateUserDto.isSuperAdmin')).toMatchObject({ file: 'src/users/dto/user-queries.dto.ts', type: 'boolean' });
    expect(modelNamed(models, 'UpdateUserDto')).toMatchObject({ file: 'src/users/dto/update-user.dto.ts', line: 4, column: 14 });
  });

  it('makes no model of classes whose bases are outside the project or are no DTO', () => {
    const names = models.map((model) => model.name);
    expect(names).not.toContain('UpdateProfileDto');
    expect(names).not.toContain('ProfileDto');
  });
});

describe('class-validator extractor: inline cases', () => {
  it('overrides an inherited field with the subclass declaration', () => {
    const { models } = extract({
      'src/a.dto.ts': [
        "import { IsEmail, IsOptional, IsString } from 'class-validator';",
        'export class A {',
        '  @IsString() name: string;',
        '  @IsString() email: string;',
        '}',
        'export class B extends A {',
        '  @IsOptional() @IsEmail() email?: string;',
        '}',
      ].join('\n'),
    });
    expect(summarize(models)).toEqual({ A: ['name:string@3', 'email:string@4'], B: ['name:string@3', 'email:string@7'] });
    expect(fieldNamed(models, 'B.email').validators).toEqual(['email']);
  });

  it('types an unannotated property from its decorators (JavaScript with decorators)', () => {
    const { models } = extract({
      'src/contact.dto.js': [
        "import { IsEmail, IsInt, IsDate } from 'class-validator';",
        "import { Type } from 'class-transformer';",
        'export class ContactDto {',
        '  @IsEmail() email;',
        '  @IsInt() age;',
        '  @IsDate() @Type(() => Date) birthday;',
        '}',
      ].join('\n'),
    });
    expect(summarize(models)).toEqual({ ContactDto: ['email:string@4', 'age:number@5', 'birthday:date@6'] });
  });

  it('keeps a nested DTO it cannot find as one object field', () => {
    const { models } = extract({
      'src/order.dto.ts': [
        "import { ValidateNested } from 'class-validator';",
        "import { Type } from 'class-transformer';",
        "import { ShippingDto } from '@acme/contracts';",
        'export class OrderDto {',
        '  @ValidateNested() @Type(() => ShippingDto) shipping: ShippingDto;',
        '}',
      ].join('\n'),
    });
    expect(summarize(models)).toEqual({ OrderDto: ['shipping:object@5'] });
    expect(models[0].fields[0].typeName).toBe('ShippingDto');
  });

  it('reads the @nestjs/class-validator fork and ignores look-alike decorators from elsewhere', () => {
    const { models } = extract({
      'src/fork.dto.ts': "import { IsEmail } from '@nestjs/class-validator';\nexport class ForkDto {\n  @IsEmail() email: string;\n}\n",
      'src/local.dto.ts': "import { IsEmail } from './my-decorators';\nexport class LocalDto {\n  @IsEmail() email: string;\n}\n",
    });
    expect(summarize(models)).toEqual({ ForkDto: ['email:string@3'] });
  });

  it('keeps a chain of plain subclasses only when it reaches a DTO', () => {
    const { models } = extract({
      'src/chain.dto.ts': [
        "import { IsEmail } from 'class-validator';",
        'export class ContactDto {',
        '  @IsEmail() email: string;',
        '}',
        'export class MiddleDto extends ContactDto {}',
        'export class LeafDto extends MiddleDto {}',
        'class ReporterBase {',
        '  name: string;',
        '}',
        'export class ReportRequest extends ReporterBase {',
        '  title: string;',
        '}',
        'export class DetailedReportRequest extends ReportRequest {}',
      ].join('\n'),
    });
    expect(summarize(models)).toEqual({ ContactDto: ['email:string@3'], MiddleDto: ['email:string@3'], LeafDto: ['email:string@3'] });
  });

  it('skips files that name no decorator package and no DTO', () => {
    expect(classValidatorExtractor.mightContain('export class Money { amount: number }')).toBe(false);
    expect(classValidatorExtractor.mightContain("import { IsEmail } from 'class-validator';")).toBe(true);
    expect(classValidatorExtractor.mightContain('export class UpdateUserDto extends CreateUserDto {}')).toBe(true);
  });
});
