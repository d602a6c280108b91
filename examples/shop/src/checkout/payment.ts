import Stripe from 'stripe';
import { prisma } from '../lib/db.js';

const stripe = new Stripe(process.env.STRIPE_KEY ?? '');

export async function createCustomer(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { addresses: true } });
  const [address] = user.addresses;
  return stripe.customers.create({
    email: user.email,
    name: `${user.firstName} ${user.lastName}`,
    address: { line1: address.street, city: address.city, postal_code: address.postalCode, country: address.country },
  });
}
