// Registers every channel and background runtime with the service. Areas add one import here.
import './content/bpjs/runtime.ts';
import './bot/whatsapp/runtime.ts';
import './bot/sms/runtime.ts';
import './bot/telegram-runtime.ts';
import './scheduler/runtime.ts';
import './research/runtime.ts';
