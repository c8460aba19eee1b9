// Registers every channel and background runtime with the service. Areas add one import here.
import './bot/whatsapp/runtime.ts';
