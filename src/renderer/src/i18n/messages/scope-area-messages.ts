// A catalog area: one message a line, grouped by component.
import { defineMessages } from '@shared/i18n/define-messages';

/**
 * Step 2's goal-area cards (GoalAreaCards): each area's name, and what it means and a few
 * examples in the words of the service the utility runs (water, wastewater or both), as
 * shared/domain/goal-areas.ts says them; the Spanish meanings are the papers' (pdf/area-words.ts).
 */
export const scopeAreaMessages = defineMessages('scope', {
  en: {
    'areas.none': 'No areas chosen yet.',
    // The remark joins the count when more than four are chosen.
    'areas.chosen':
      'You have chosen {count} of 6 areas.{many, select, yes { That is more than most small systems start with.} other {}}',
    'areas.examples': 'For example: {examples}',
    'area.energy-efficiency.title': 'Energy Efficiency',
    'area.water-efficiency.title': 'Water Efficiency / Conservation',
    'area.social.title': 'Social',
    'area.environmental.title': 'Environmental',
    'area.customer-service.title': 'Customer Service',
    'area.regulatory.title': 'Regulatory Requirements',
    'area.energy-efficiency.water.explanation':
      'Using less electricity to pump and treat each gallon; power is often the biggest bill a small system pays.',
    'area.energy-efficiency.water.examples':
      'Energy per million gallons pumped; reviewing power bills for demand charges.',
    'area.energy-efficiency.wastewater.explanation':
      'Using less electricity to pump and treat each gallon of sewage; power is often the biggest bill a small system pays.',
    'area.energy-efficiency.wastewater.examples':
      'Energy per million gallons treated; reviewing the power bills of the lift stations and the plant for demand charges.',
    'area.energy-efficiency.both.explanation':
      'Using less electricity to pump and treat each gallon of water and sewage; power is often the biggest bill a small system pays.',
    'area.energy-efficiency.both.examples':
      'Energy per million gallons pumped or treated; reviewing power bills for demand charges.',
    'area.water-efficiency.water.explanation':
      'Losing less water through leaks and helping customers use water wisely.',
    'area.water-efficiency.water.examples':
      'Water loss under 15%; a yearly water audit; accurate meters; leaks fixed within days.',
    'area.water-efficiency.wastewater.explanation':
      'Keeping rain and groundwater out of the sewers (inflow and infiltration), so the pipes and the plant carry and treat only sewage, and using water wisely at the plant.',
    'area.water-efficiency.wastewater.examples':
      'Wet-weather flow at the plant compared with dry-weather flow each year; one area smoke-tested each year; leaking manholes sealed.',
    'area.water-efficiency.both.explanation':
      'Losing less water through leaks, helping customers use water wisely and keeping rain and groundwater out of the sewers.',
    'area.water-efficiency.both.examples':
      'Water loss under 15%; a yearly water audit; leaks fixed within days; leaking manholes sealed.',
    // The same for every system type: one message.
    'area.social.explanation':
      'Keeping bills affordable and keeping customers informed and involved.',
    'area.social.examples':
      'Average bill as a share of household income; an annual meeting or open house.',
    'area.environmental.water.explanation':
      'Protecting the water source and the land and streams around the system.',
    'area.environmental.water.examples':
      'Source protection plan reviewed every year; wellheads fenced and inspected; chlorinated flushing water kept out of streams.',
    'area.environmental.wastewater.explanation':
      'Keeping sewage out of streams, yards and homes: no overflows, a permit met every month.',
    'area.environmental.wastewater.examples':
      'No sewer overflows reaching waters; sewer mains cleaned on a cycle; every monthly permit report within limits.',
    'area.environmental.both.explanation':
      'Protecting the water source and keeping sewage out of streams, yards and homes.',
    'area.environmental.both.examples':
      'No sewer overflows reaching waters; sewer mains cleaned on a cycle; source protection reviewed.',
    'area.customer-service.water.explanation':
      'What customers feel directly: pressure, outages, repairs and how complaints are handled.',
    'area.customer-service.water.examples':
      'At least 20 psi everywhere; crews on site within 2 hours; 48 hours notice of shutoffs.',
    'area.customer-service.wastewater.explanation':
      'What customers feel directly: backups, odors, how fast crews respond and how complaints are handled.',
    'area.customer-service.wastewater.examples':
      'A crew on site within 2 hours of a backup call; odor complaints answered within one business day.',
    'area.customer-service.both.explanation':
      'What customers feel directly: pressure, outages, sewer backups, odors, repairs and how complaints are handled.',
    'area.customer-service.both.examples':
      'At least 20 psi everywhere; crews on site within 2 hours of an outage or a backup; 48 hours notice of shutoffs.',
    'area.regulatory.water.explanation':
      'Meeting every state and federal rule: safe water, samples and reports on time, a certified operator.',
    'area.regulatory.water.examples':
      'No health-based violations; the water-quality report delivered by July 1.',
    'area.regulatory.wastewater.explanation':
      'Meeting the discharge permit and every state and federal rule; reports on time; a certified operator.',
    'area.regulatory.wastewater.examples':
      'No permit violations; every discharge monitoring report filed on time; every overflow reported to the state on time.',
    'area.regulatory.both.explanation':
      'Meeting every state and federal rule and the discharge permit: safe water, samples and reports on time, a certified operator.',
    'area.regulatory.both.examples':
      'No health-based or permit violations; the water-quality report delivered by July 1; every overflow reported on time.',
  },
  es: {
    'areas.none': 'Todavía no ha elegido ninguna área.',
    'areas.chosen':
      'Ha elegido {count} de 6 áreas.{many, select, yes { Son más de las que eligen al empezar la mayoría de los sistemas pequeños.} other {}}',
    'areas.examples': 'Por ejemplo: {examples}',
    'area.energy-efficiency.title': 'Eficiencia energética',
    'area.water-efficiency.title': 'Eficiencia y conservación del agua',
    'area.social.title': 'Social',
    'area.environmental.title': 'Medio ambiente',
    'area.customer-service.title': 'Servicio al cliente',
    'area.regulatory.title': 'Requisitos reglamentarios',
    'area.energy-efficiency.water.explanation':
      'Gastar menos electricidad para bombear y tratar cada galón; la luz suele ser la cuenta más grande de un sistema pequeño.',
    'area.energy-efficiency.water.examples':
      'Energía por cada millón de galones bombeados; revisar las cuentas de luz por cargos de demanda.',
    'area.energy-efficiency.wastewater.explanation':
      'Gastar menos electricidad para bombear y tratar cada galón de aguas negras; la luz suele ser la cuenta más grande de un sistema pequeño.',
    'area.energy-efficiency.wastewater.examples':
      'Energía por cada millón de galones tratados; revisar las cuentas de luz de las estaciones de bombeo y de la planta por cargos de demanda.',
    'area.energy-efficiency.both.explanation':
      'Gastar menos electricidad para bombear y tratar cada galón de agua y de aguas negras; la luz suele ser la cuenta más grande de un sistema pequeño.',
    'area.energy-efficiency.both.examples':
      'Energía por cada millón de galones bombeados o tratados; revisar las cuentas de luz por cargos de demanda.',
    'area.water-efficiency.water.explanation':
      'Perder menos agua por fugas y ayudar a los clientes a usar el agua con cuidado.',
    'area.water-efficiency.water.examples':
      'Pérdida de agua de menos del 15%; una auditoría del agua cada año; medidores exactos; fugas reparadas en pocos días.',
    'area.water-efficiency.wastewater.explanation':
      'Evitar que la lluvia y el agua del subsuelo entren al drenaje, para que la tubería y la planta lleven y traten solo aguas negras, y usar el agua con cuidado en la planta.',
    'area.water-efficiency.wastewater.examples':
      'Cada año, comparar el caudal en la planta con lluvia y sin lluvia; una zona revisada con prueba de humo cada año; registros con fugas sellados.',
    'area.water-efficiency.both.explanation':
      'Perder menos agua por fugas, ayudar a los clientes a usar el agua con cuidado y evitar que la lluvia y el agua del subsuelo entren al drenaje.',
    'area.water-efficiency.both.examples':
      'Pérdida de agua de menos del 15%; una auditoría del agua cada año; fugas reparadas en pocos días; registros con fugas sellados.',
    'area.social.explanation':
      'Mantener las cuentas al alcance de todos y a los clientes informados y participando.',
    'area.social.examples':
      'La cuenta promedio como parte del ingreso de un hogar; una asamblea anual o un día de puertas abiertas.',
    'area.environmental.water.explanation':
      'Proteger la fuente de agua y la tierra y los arroyos alrededor del sistema.',
    'area.environmental.water.examples':
      'El plan de protección de la fuente revisado cada año; pozos cercados e inspeccionados; el agua con cloro de las purgas lejos de los arroyos.',
    'area.environmental.wastewater.explanation':
      'Mantener las aguas negras fuera de los arroyos, los patios y las casas: sin derrames y cumpliendo el permiso cada mes.',
    'area.environmental.wastewater.examples':
      'Ningún derrame de drenaje que llegue a las aguas; la tubería principal limpiada por turnos; cada informe mensual del permiso dentro de los límites.',
    'area.environmental.both.explanation':
      'Proteger la fuente de agua y mantener las aguas negras fuera de los arroyos, los patios y las casas.',
    'area.environmental.both.examples':
      'Ningún derrame de drenaje que llegue a las aguas; la tubería principal limpiada por turnos; la protección de la fuente revisada.',
    'area.customer-service.water.explanation':
      'Lo que los clientes notan directamente: la presión, los cortes, las reparaciones y cómo se atienden las quejas.',
    'area.customer-service.water.examples':
      'Al menos 20 psi en todas partes; la cuadrilla en el lugar en menos de 2 horas; aviso de 48 horas antes de un corte programado.',
    'area.customer-service.wastewater.explanation':
      'Lo que los clientes notan directamente: drenajes tapados, malos olores, qué tan rápido llega la cuadrilla y cómo se atienden las quejas.',
    'area.customer-service.wastewater.examples':
      'La cuadrilla en el lugar en menos de 2 horas después de una llamada por drenaje tapado; las quejas por malos olores contestadas en un día hábil.',
    'area.customer-service.both.explanation':
      'Lo que los clientes notan directamente: la presión, los cortes, los drenajes tapados, los malos olores, las reparaciones y cómo se atienden las quejas.',
    'area.customer-service.both.examples':
      'Al menos 20 psi en todas partes; la cuadrilla en el lugar en menos de 2 horas después de un corte o un drenaje tapado; aviso de 48 horas antes de un corte programado.',
    'area.regulatory.water.explanation':
      'Cumplir cada regla estatal y federal: agua segura, muestras e informes a tiempo y un operador certificado.',
    'area.regulatory.water.examples':
      'Ninguna infracción de las normas de salud; el informe de calidad del agua entregado antes del 1 de julio.',
    'area.regulatory.wastewater.explanation':
      'Cumplir el permiso de descarga y cada regla estatal y federal, con informes a tiempo y un operador certificado.',
    'area.regulatory.wastewater.examples':
      'Ninguna infracción del permiso; cada informe de monitoreo de descargas presentado a tiempo; cada derrame reportado al estado a tiempo.',
    'area.regulatory.both.explanation':
      'Cumplir cada regla estatal y federal y el permiso de descarga: agua segura, muestras e informes a tiempo y un operador certificado.',
    'area.regulatory.both.examples':
      'Ninguna infracción de las normas de salud ni del permiso; el informe de calidad del agua entregado antes del 1 de julio; cada derrame reportado a tiempo.',
  },
});
