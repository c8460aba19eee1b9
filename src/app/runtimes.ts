// Every channel and background runtime the service may start, in start order
// (each stops in reverse). A runtime whose settings are absent makes nothing.
import { smsRuntime } from '../bot/sms/runtime.ts';
import { telegramRuntime } from '../bot/telegram/runtime.ts';
import { whatsAppRuntime } from '../bot/whatsapp/runtime.ts';
import type { RuntimeFactory } from '../runtime.ts';
import { bpjsContentRuntime } from './bpjs-content.ts';
import { dashboardRuntime } from './dashboard.ts';
import { schedulerRuntime } from './scheduler.ts';

export const runtimeFactories: readonly RuntimeFactory[] = [
  bpjsContentRuntime,
  whatsAppRuntime,
  smsRuntime,
  telegramRuntime,
  schedulerRuntime,
  dashboardRuntime,
];
