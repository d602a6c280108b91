import Stripe from 'stripe';
import { prisma } from '../lib/db.js';

const stripe = new Stripe(process.env.STRIPE_KEY ?? '');

/** Fine: checkout declares email, name and address, and lists Stripe as a recipient. */
export async function createCustomer(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { addresses: true } });
  const [address] = user.addresses;
  const customer = await stripe.customers.create({
    email: user.email,
    name: `${user.firstName} ${user.lastName}`,
    address: { line1: address.street, city: address.city, postal_code: address.postalCode, country: address.country },
  });
  // invalid-suppression: a suppression needs a reason after `--`; this one hides nothing.
  // datamin-ignore-next-line personal-data-in-logs
  console.log(`stripe customer ${customer.id} for ${user.email}`);
  return customer.id;
}
