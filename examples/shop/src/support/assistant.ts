import OpenAI from 'openai';
import { prisma } from '../lib/db.js';

const openai = new OpenAI();

/** Suggests products for a customer, taking their allergies into account. */
export async function suggestProducts(userId: string, question: string) {
  const profile = await prisma.healthProfile.findUnique({ where: { userId } });
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: `The customer is allergic to: ${profile?.allergies.join(', ')}` },
      { role: 'user', content: question },
    ],
  });
  return completion.choices[0].message.content;
}
