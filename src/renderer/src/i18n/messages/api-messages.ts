import { defineMessages } from '@shared/i18n/define-messages';

/** The words of what the page says about its connection to the service (src/renderer/src/api/). */
export const apiMessages = defineMessages('api', {
  en: {
    serviceDown:
      'LOS Builder\'s background service is not answering. Check that "npm run serve" is still running, then press Retry.',
  },
  es: {
    serviceDown:
      'El servicio de fondo de LOS Builder no responde. Revise que "npm run serve" siga funcionando y luego presione Intentar de nuevo.',
  },
});
