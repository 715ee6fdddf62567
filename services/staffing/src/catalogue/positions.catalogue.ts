// Hotel departments and positions, drawn from hotel job descriptions (岗位职责 / 任职要求).
// This catalogue is HotelOps' own seed data for the staffing service; it contains no runtime logic.
import type { Role } from '@hotelops/kernel';

export interface DepartmentSeed {
  code: string;
  name: string;
  nameZh: string;
  description: string;
}

export interface PositionSeed {
  /** Stable kebab-case identifier, e.g. 'customer-service-manager'. */
  code: string;
  /** One of the DEPARTMENTS codes. */
  departmentCode: string;
  /** English title. */
  title: string;
  /** Chinese title. */
  titleZh: string;
  level: 'manager' | 'supervisor' | 'staff';
  /** Code of the position this one reports to. */
  reportsTo?: string;
  /** 岗位职责 — concise English. */
  responsibilities: string[];
  /** 任职要求 — concise English. */
  requirements: string[];
  /** Platform roles granted to holders of this position (the kernel's ROLES). */
  defaultRoles: string[];
}

/** Internal: same shape, but role names are checked against the kernel's ROLES at compile time. */
type CheckedPositionSeed = Omit<PositionSeed, 'defaultRoles'> & { defaultRoles: Role[] };

export const DEPARTMENTS: readonly DepartmentSeed[] = [
  {
    code: 'executive',
    name: 'Executive Office',
    nameZh: '总经办',
    description:
      'General manager and the general office: sets the hotel’s operating policy and targets, runs the quality management system, coordinates all departments and handles day-to-day administration.',
  },
  {
    code: 'human-resources',
    name: 'Human Resources',
    nameZh: '人力资源部',
    description:
      'Recruitment, onboarding, training, attendance and performance appraisal for all hotel staff, working under the general office.',
  },
  {
    code: 'customer-service',
    name: 'Customer Service',
    nameZh: '客服部',
    description:
      'Guest enquiries, complaints and relationships: customer service standards, complaint handling, guest feedback and satisfaction surveys, guest records and the hotel telephone line.',
  },
  {
    code: 'front-office',
    name: 'Front Office',
    nameZh: '前厅部',
    description:
      'Front desk, reservations and lobby: check-in and check-out, room assignment, bookings, VIP reception and order in the lobby.',
  },
  {
    code: 'housekeeping',
    name: 'Housekeeping',
    nameZh: '客房部',
    description:
      'Guest floors and rooms: cleanliness, guest supplies, linen, in-room facilities, and outsourced cleaning, pest control, landscaping and waste removal.',
  },
  {
    code: 'food-and-beverage',
    name: 'Food & Beverage',
    nameZh: '餐饮部',
    description:
      'Restaurants and banquets: service standards, coordination of dining room, runners and kitchen, menus, food and beverage cost control and promotions.',
  },
  {
    code: 'sales',
    name: 'Sales',
    nameZh: '销售部',
    description:
      'Market development and sales: group, meeting and corporate accounts, client visits, pricing policy and occupancy / average rate targets.',
  },
  {
    code: 'stores',
    name: 'Stores',
    nameZh: '仓库',
    description:
      'Stock held by the hotel: ordering against stock and usage, replenishment, internal transfers, stock cards, rolling and full stock counts, shrinkage and stock turnover.',
  },
  {
    code: 'receiving',
    name: 'Receiving',
    nameZh: '收货部',
    description:
      'Goods in and out: checking supplier deliveries against orders, receiving quality, returns to suppliers, exchanges, storage locations and damaged goods.',
  },
  {
    code: 'cashier',
    name: 'Cashier',
    nameZh: '收银部',
    description:
      'Cash points and settlement: POS operation, floats, invoices, bill settlement, daily close, cash overages / shortages and counterfeit notes.',
  },
];

const POSITION_SEEDS = [
  // ── Executive ────────────────────────────────────────────────────────────
  {
    code: 'general-manager',
    departmentCode: 'executive',
    title: 'General Manager',
    titleZh: '总经理',
    level: 'manager',
    responsibilities: [
      'Set the hotel’s operating policy and objectives in line with the board’s aims and the competitive situation; draw up the annual work plan for approval.',
      'Establish the hotel quality management system and implement its quality policy and objectives.',
      'Define each department’s duties, authority and interfaces; appoint and remove management staff at department-manager level and below.',
      'Provide and allocate adequate staff and material resources so operations and the quality system run effectively.',
      'Run day-to-day operations, ensuring department managers direct their staff to procedures and standards, with guest satisfaction as the focus.',
      'Chair operating meetings, coordinate departments and make sure on-site problems are resolved promptly.',
      'Analyse operating reports, control costs, guide sales development and set pricing and business strategy from market information.',
      'Appraise managers at all levels and organise ongoing learning and training for the management team.',
      'Follow up major receptions and events; ensure fire-safety rules are enforced to protect hotel property and personal safety.',
      'Comply with national laws and regulations and make their importance known to staff at every level.',
    ],
    requirements: [
      'Senior hotel management experience covering operations, sales and cost control.',
      'Working knowledge of the laws and regulations that apply to hotel operations, safety and fire prevention.',
      'Ability to build and run a quality management system and set measurable targets.',
      'Strong leadership, coordination and decision-making skills across all departments.',
      'Able to read and act on financial and operating reports and budgets.',
    ],
    defaultRoles: ['general-manager'],
  },
  {
    code: 'general-office-director',
    departmentCode: 'executive',
    title: 'General Office Director',
    titleZh: '总经办主任',
    level: 'manager',
    reportsTo: 'general-manager',
    responsibilities: [
      'Assist the general manager with the hotel’s day-to-day administrative affairs.',
      'Coordinate the work of the departments and push them to carry out tasks issued by the general manager.',
      'Identify problems in execution, report them promptly and propose solutions.',
      'Manage the hotel’s personnel (HR) and administrative work.',
      'Draw up job duties, competence requirements and appraisal methods for the office’s staff.',
    ],
    requirements: [
      'Experience in hotel administration or personnel management.',
      'Strong coordination and communication skills across departments.',
      'Able to draft rules, job descriptions and appraisal methods.',
      'Discreet, organised and able to follow tasks through to completion.',
    ],
    defaultRoles: ['hr-manager'],
  },
  {
    code: 'hotel-service-manager',
    departmentCode: 'executive',
    title: 'Hotel Service Manager (Rooms Division)',
    titleZh: '酒店服务经理',
    level: 'manager',
    reportsTo: 'general-manager',
    responsibilities: [
      'Run operations of the front desk and guest rooms (rooms division).',
      'Organise and carry out operating plans so that business targets are met.',
      'Set the front office and housekeeping organisation, headcount and job duties according to business targets.',
      'Own appraisal and rules for front desk and housekeeping staff.',
      'Supervise and guide the daily work of the front office, housekeeping, laundry and the recreation / fitness club.',
      'Make constructive proposals to improve operating quality; develop and maintain hotel clients.',
      'Complete tasks assigned by the general manager.',
    ],
    requirements: [
      'Management experience in hotel front office and housekeeping operations.',
      'Able to plan organisation, headcount and job duties against business targets.',
      'Strong leadership, planning and appraisal skills.',
      'Good client-relationship and communication skills.',
    ],
    defaultRoles: ['duty-manager', 'front-desk', 'housekeeping'],
  },

  // ── Human resources ──────────────────────────────────────────────────────
  {
    code: 'hr-manager',
    departmentCode: 'human-resources',
    title: 'Human Resources Manager',
    titleZh: '人力资源部经理',
    level: 'manager',
    reportsTo: 'general-office-director',
    responsibilities: [
      'Publish recruitment needs raised by departments and receive and screen applications.',
      'Arrange onboarding training for new staff and open or close their system accounts.',
      'Support departments in drawing up job duties, competence requirements and appraisal methods.',
      'Collect attendance records and support monthly performance appraisal.',
      'Coordinate department training plans and track their results.',
      'Review headcount requests against staffing standards.',
    ],
    requirements: [
      'Experience in personnel or human-resources work, preferably in hotels.',
      'Familiar with recruitment, training, attendance and appraisal processes.',
      'Good communication and organisational skills.',
      'Handles staff information carefully and confidentially.',
    ],
    defaultRoles: ['hr-manager'],
  },

  // ── Customer service ─────────────────────────────────────────────────────
  {
    code: 'customer-service-manager',
    departmentCode: 'customer-service',
    title: 'Customer Service Manager',
    titleZh: '客服部经理',
    level: 'manager',
    reportsTo: 'general-manager',
    responsibilities: [
      'Set the department’s strategy, work plan and targets in line with the hotel’s overall strategy.',
      'Lead and develop the customer service team: recruitment, training, task allocation, shift scheduling and performance appraisal with rewards and penalties.',
      'Act as the main owner of guest complaints: set the complaint-handling standard and process, support the team on complex cases and handle escalated complaints.',
      'Monitor service quality and performance indicators; review service records and set evaluation standards.',
      'Run guest satisfaction surveys and analyse feedback and complaint data to find guest needs and pain points.',
      'Improve service processes and systems, remove bottlenecks and drive cross-department cooperation.',
      'Coordinate with other departments so guest issues are solved promptly and tailored services can be offered.',
      'Prepare the department budget and control its costs.',
      'Report service performance and issues to senior management regularly, with improvement proposals.',
      'Maintain contact with guests and the industry to keep up with changing needs.',
    ],
    requirements: [
      "Bachelor's degree or above; management or related majors preferred.",
      '5+ years of customer service management experience, including leading a team.',
      'Strong communication and teamwork skills; able to coordinate resources across departments.',
      'Strong problem-solving ability and resilience under pressure; able to handle complex guest issues and emergencies.',
      'Familiar with customer service processes and tools; able to analyse data and optimise service from metrics.',
      'Strong service awareness and sense of responsibility.',
      'Good spoken and written English.',
    ],
    defaultRoles: ['care-supervisor'],
  },
  {
    code: 'assistant-customer-service-manager',
    departmentCode: 'customer-service',
    title: 'Assistant Customer Service Manager',
    titleZh: '客服助理经理',
    level: 'supervisor',
    reportsTo: 'customer-service-manager',
    responsibilities: [
      'Help the customer service manager set and carry out the customer service strategy and raise service quality.',
      'Manage the team’s daily work; guide, motivate and train team members.',
      'Handle guest complaints and disputes promptly to protect the hotel’s reputation.',
      'Help build and refine staff workflows, service standards and rules.',
      'Monitor service KPIs, report regularly and suggest improvements.',
      'Support guest research to understand needs and raise satisfaction.',
      'Maintain good communication and long-term relationships with guests.',
    ],
    requirements: [
      "Bachelor's degree or above; marketing, business management or related majors preferred.",
      'Strong communication, teamwork and problem-solving skills.',
      'Strong service awareness and sense of responsibility; able to work under pressure.',
      'Familiar with customer service processes and software; relevant experience preferred.',
      'Understanding of data analysis and performance evaluation; good logical thinking.',
    ],
    defaultRoles: ['care-supervisor'],
  },
  {
    code: 'customer-relations-manager',
    departmentCode: 'customer-service',
    title: 'Customer Relations Manager',
    titleZh: '客户关系经理',
    level: 'manager',
    reportsTo: 'customer-service-manager',
    responsibilities: [
      'Build trusted relationships with guests through good service and clear, well-guided communication.',
      'Listen patiently to guests’ opinions and feedback when problems arise and find ways to resolve them.',
      'Maintain guest records: profiles, contact details and stay / order history.',
      'Recommend service improvements and upgrades to hotel management.',
    ],
    requirements: [
      'Strong interpersonal and communication skills.',
      'Patient, attentive listener able to resolve guest problems.',
      'Accurate and careful with guest data.',
      'Good knowledge of the hotel’s services.',
    ],
    defaultRoles: ['care-supervisor'],
  },
  {
    code: 'guest-service-manager',
    departmentCode: 'customer-service',
    title: 'Guest Service Manager',
    titleZh: '宾客服务经理',
    level: 'manager',
    reportsTo: 'general-manager',
    responsibilities: [
      'Work mainly in the lobby, supervising and leading delivery of the brand’s signature services.',
      'Be present in the lobby at peak hours every day to make sure staff deliver the signature services.',
      'Collect daily signature-service data and report it monthly to the general manager and the brand service director.',
      'Help the general manager handle guest complaints and follow guest reviews on all channels.',
      'Coach and train staff on service attitude, skills and awareness; reward or penalise according to the hotel’s rules.',
      'Take part in staff appraisal on guest service.',
      'Help receive important guests: learn VIP names from daily arrivals, arrange every reception detail and see each VIP off.',
      'Purchase and maintain brand service items and edit service documents.',
    ],
    requirements: [
      'Experience in hotel guest service or front office.',
      'Strong service awareness and attention to detail.',
      'Able to train and coach front-line staff.',
      'Good communication skills for complaints and VIP reception.',
    ],
    defaultRoles: ['care-supervisor'],
  },
  {
    code: 'complaint-supervisor',
    departmentCode: 'customer-service',
    title: 'Complaint Handling Supervisor',
    titleZh: '投诉处理主管',
    level: 'supervisor',
    reportsTo: 'customer-service-manager',
    responsibilities: [
      'Handle guest complaints and make sure problems are resolved promptly.',
      'Follow each complaint through to closure, keeping the guest informed.',
      'Analyse complaint data and suggest improvements to raise guest satisfaction.',
      'Coordinate departments to fix the root causes of complaints.',
      'Escalate complaints that cannot be resolved at this level to the manager.',
    ],
    requirements: [
      'Customer service experience with sound knowledge of complaint handling.',
      'Calm, patient and fair when dealing with upset guests.',
      'Able to analyse complaint data and present findings.',
      'Good cross-department coordination skills.',
    ],
    defaultRoles: ['care-supervisor'],
  },
  {
    code: 'customer-service-representative',
    departmentCode: 'customer-service',
    title: 'Customer Service Representative',
    titleZh: '客户服务代表',
    level: 'staff',
    reportsTo: 'assistant-customer-service-manager',
    responsibilities: [
      'Receive guests and provide proactive, warm and attentive service.',
      'Handle guest complaints and questions, offering suitable solutions and compensation.',
      'Help guests complete check-in and check-out so their needs are met.',
      'Give information on hotel facilities, services and local attractions.',
      'Answer complaint calls, keep call records and pass guest information on to the right department.',
      'Collect guest information and opinions and feed them back to supervisors.',
      'File and maintain guest records and agreement copies (travel agencies, group bookings, members, contract companies).',
    ],
    requirements: [
      'Friendly, proactive service attitude; quick and accurate.',
      'Good knowledge of hotel facilities, services and the local area.',
      'Clear verbal communication.',
      'Careful record keeping and filing.',
    ],
    defaultRoles: ['care-agent', 'front-desk'],
  },
  {
    code: 'telephone-operator',
    departmentCode: 'customer-service',
    title: 'Telephone Operator',
    titleZh: '电话接线员',
    level: 'staff',
    reportsTo: 'assistant-customer-service-manager',
    responsibilities: [
      'Answer hotel calls and transfer them accurately and clearly.',
      'Answer guests’ questions and provide the information they need.',
      'Record guest messages and requests and pass them to the relevant departments.',
      'Handle emergency calls and notify the responsible people immediately.',
    ],
    requirements: [
      'Clear, polite telephone manner.',
      'Good knowledge of hotel departments and services.',
      'Accurate message taking.',
      'Calm and quick to act in emergencies.',
    ],
    defaultRoles: ['care-agent'],
  },

  // ── Front office ─────────────────────────────────────────────────────────
  {
    code: 'front-office-manager',
    departmentCode: 'front-office',
    title: 'Front Office Manager',
    titleZh: '前厅经理',
    level: 'manager',
    reportsTo: 'hotel-service-manager',
    responsibilities: [
      'Manage front desk operations and carry out the operating plan for the front office.',
      'Set front office job duties and staffing, and run appraisal and rules for front desk staff.',
      'Receive guest feedback reported by the duty manager and act on it with the departments concerned.',
      'Direct the duty manager, reservations and front desk teams and assign ad-hoc tasks.',
      'Work with sales and housekeeping on occupancy and room sales plans.',
      'Help finance and sales with group and meeting check-in, credit and checkout.',
    ],
    requirements: [
      'Front office management experience in hotels.',
      'Familiar with check-in / check-out, reservations and room assignment procedures.',
      'Strong team leadership and coordination skills.',
      'Good guest communication and problem-solving skills.',
    ],
    defaultRoles: ['front-desk', 'reservations-agent', 'duty-manager'],
  },
  {
    code: 'duty-manager',
    departmentCode: 'front-office',
    title: 'Duty Manager (Lobby)',
    titleZh: '值班经理',
    level: 'manager',
    reportsTo: 'front-office-manager',
    responsibilities: [
      'Handle accidents involving guests together with the departments concerned.',
      'Answer guest enquiries and provide help and service; introduce and promote hotel services.',
      'Protect guest safety and the hotel’s interests; keep the lobby and nearby public areas orderly, quiet and tidy.',
      'Collect guest opinions and report them promptly to the front office manager and other departments.',
      'Supervise and check the work and discipline of lobby staff.',
      'Help receive VIP and executive-floor guests and maintain relationships with VIP, regular and business guests.',
      'Cover part of the hotel duty manager’s role on night shift; report special or urgent situations to superiors immediately.',
      'Identify internal management problems and propose solutions to senior management; take part in front office internal management.',
    ],
    requirements: [
      'Front office or guest relations experience.',
      'Sound judgement and composure in accidents and emergencies.',
      'Strong guest communication and service-promotion skills.',
      'Able to work night shifts and act on behalf of hotel management.',
    ],
    defaultRoles: ['duty-manager', 'front-desk'],
  },
  {
    code: 'reservations-manager',
    departmentCode: 'front-office',
    title: 'Reservations Manager',
    titleZh: '预订经理',
    level: 'manager',
    reportsTo: 'front-office-manager',
    responsibilities: [
      'Review reservations to make sure they are accurate and timely.',
      'Sell rooms to guests by telephone or email and protect room occupancy.',
      'Keep room status up to date: vacancies, held rooms and arrival times.',
      'Lead the reservations team and ensure bookings follow hotel policy.',
    ],
    requirements: [
      'Hotel reservations experience.',
      'Familiar with room inventory, rates and booking channels.',
      'Strong attention to detail and sales skills.',
      'Able to lead a small team.',
    ],
    defaultRoles: ['reservations-agent'],
  },
  {
    code: 'reservations-supervisor',
    departmentCode: 'front-office',
    title: 'Reservations Supervisor',
    titleZh: '预订主任',
    level: 'supervisor',
    reportsTo: 'reservations-manager',
    responsibilities: [
      'Handle booking requests received by telephone, email and online.',
      'Keep booking details accurate and send guests detailed confirmations.',
      'Coordinate special requests such as room preferences and meal requirements.',
      'Cancel or amend bookings according to hotel policy and guest requests.',
    ],
    requirements: [
      'Reservations or front office experience.',
      'Careful and accurate data entry.',
      'Good telephone and written communication.',
      'Knowledge of hotel booking policies.',
    ],
    defaultRoles: ['reservations-agent'],
  },
  {
    code: 'front-desk-agent',
    departmentCode: 'front-office',
    title: 'Front Desk Agent',
    titleZh: '前台接待员',
    level: 'staff',
    reportsTo: 'front-office-manager',
    responsibilities: [
      'Greet arriving guests with efficient, friendly and courteous front desk service.',
      'Check guests in and out, verifying identity and booking details.',
      'Assign suitable rooms to guests’ needs and coordinate luggage, giving service directions.',
      'Answer guest questions and listen patiently to complaints, seeking the best solution.',
      'Handle calls and faxes and pass information to the relevant departments.',
    ],
    requirements: [
      'Friendly, polite and patient manner.',
      'Familiar with check-in / check-out procedures and guest identity checks.',
      'Good communication skills.',
      'Accurate and quick in handling guest information.',
    ],
    defaultRoles: ['front-desk'],
  },

  // ── Housekeeping ─────────────────────────────────────────────────────────
  {
    code: 'housekeeping-manager',
    departmentCode: 'housekeeping',
    title: 'Housekeeping Manager',
    titleZh: '客房部经理',
    level: 'manager',
    reportsTo: 'hotel-service-manager',
    responsibilities: [
      'Manage guest-room operations, room cleanliness and guest-supply replenishment.',
      'Set housekeeping job duties and staffing; run staff appraisal and department rules.',
      'Control linen and guest-supply counts, issue, delivery and write-offs.',
      'Hold the morning briefing: check grooming and hand over complaints, cleanliness, maintenance and safety issues.',
      'Draw up the monthly cleaning (including pest control) and landscaping plan and organise it.',
      'Prepare tender documents for outsourced cleaning, pest control, landscaping, façade cleaning and waste removal; supervise and assess contractors.',
    ],
    requirements: [
      'Hotel housekeeping management experience.',
      'Familiar with room cleaning standards and linen / supply control.',
      'Able to manage and assess outsourced contractors.',
      'Strong team leadership and planning skills.',
    ],
    defaultRoles: ['housekeeping'],
  },
  {
    code: 'room-attendant',
    departmentCode: 'housekeeping',
    title: 'Room Attendant',
    titleZh: '客房服务员',
    level: 'staff',
    reportsTo: 'housekeeping-manager',
    responsibilities: [
      'Keep the assigned floor clean and items neatly arranged.',
      'Replenish guest supplies promptly, drawing only the quantities needed.',
      'Switch on area facilities and appliances and adjust lighting; report faults for repair.',
      'Count, collect, deliver and report damaged linen and other guest supplies.',
      'Attend the morning briefing presentable and alert; hand over complaints, cleanliness, maintenance and safety issues at shift change.',
    ],
    requirements: [
      'Good grooming and a positive attitude.',
      'Careful, thorough cleaning habits.',
      'Able to spot and report facility faults.',
      'Honest and accurate with supply and linen counts.',
    ],
    defaultRoles: ['housekeeping'],
  },

  // ── Food & beverage ──────────────────────────────────────────────────────
  {
    code: 'fnb-department-manager',
    departmentCode: 'food-and-beverage',
    title: 'Food & Beverage Manager',
    titleZh: '餐饮部经理',
    level: 'manager',
    reportsTo: 'general-manager',
    responsibilities: [
      'Run the whole food and beverage department under the general manager and carry out the tasks the general manager issues.',
      'Set F&B business policy, plans, management rules, service standards and operating procedures.',
      'Prepare the annual budget, monthly plans and revenue targets for approval, based on the market and historical data.',
      'Chair department meetings and coordinate the units within the department.',
      'Review daily business reports, analyse results and make operating decisions; approve reports and requests from subordinates.',
      'With the executive chef and banquet team, improve food quality, create new dishes, set menus and set food and beverage cost standards.',
      'Plan promotions, major events and important banquets.',
      'Inspect outlets and kitchen output quality, spot-check service quality and correct problems in cost, service and marketing.',
    ],
    requirements: [
      'Food and beverage management experience in hotels.',
      'Able to prepare budgets, analyse business reports and control food and beverage costs.',
      'Knowledge of menu planning, banquet operations and service standards.',
      'Strong leadership and coordination skills across restaurant, kitchen and banquet teams.',
    ],
    defaultRoles: ['fnb-manager'],
  },
  {
    code: 'fnb-service-manager',
    departmentCode: 'food-and-beverage',
    title: 'F&B Service Manager',
    titleZh: '餐饮客服经理',
    level: 'manager',
    reportsTo: 'fnb-department-manager',
    responsibilities: [
      'Brief servers and assign tasks for each service period.',
      'Coordinate the dining room, food runners and kitchen.',
      'Lead service on the floor and ensure servers follow service procedures and standards.',
      'Look after special and important guests: present the menu, recommend signature dishes, answer questions and handle complaints.',
      'Before opening, check table settings, cleanliness, supplies and equipment, and record the inspection.',
      'Replenish restaurant utensils, filling in requisitions and purchase requests.',
      'After closing, inspect the whole restaurant and complete the business report.',
      'Regularly train team leaders, servers and hosts; keep track of staff morale.',
      'Report guest complaints during service to the manager promptly.',
    ],
    requirements: [
      'Restaurant service and team-leading experience.',
      'Good knowledge of the menu, service procedures and standards.',
      'Strong guest communication and complaint-handling skills.',
      'Able to train and motivate a service team.',
    ],
    defaultRoles: ['fnb-manager', 'fnb-server'],
  },
  {
    code: 'restaurant-server',
    departmentCode: 'food-and-beverage',
    title: 'Restaurant Server',
    titleZh: '餐饮服务员',
    level: 'staff',
    reportsTo: 'fnb-service-manager',
    responsibilities: [
      'Serve guests sincerely and attentively following the service procedures and standards.',
      'Answer guests’ questions and actively recommend dishes.',
      'Prepare table settings and keep the dining area clean before opening.',
      'Carry out tasks assigned at the pre-service briefing and work with food runners and the kitchen.',
      'Report guest complaints to the supervisor on duty.',
      'Attend regular service training.',
    ],
    requirements: [
      'Friendly, sincere service attitude.',
      'Good knowledge of the menu.',
      'Able to follow service procedures and work in a team.',
      'Good grooming.',
    ],
    defaultRoles: ['fnb-server'],
  },

  // ── Sales ────────────────────────────────────────────────────────────────
  {
    code: 'sales-manager',
    departmentCode: 'sales',
    title: 'Sales Manager',
    titleZh: '销售经理',
    level: 'manager',
    reportsTo: 'general-manager',
    responsibilities: [
      'Lead market development, guest sourcing and product development; run regular market research and analyse trends.',
      'Set marketing strategy, target markets, market mix and sales policy for general manager approval.',
      'With front office and housekeeping, set sales plans and occupancy, average rate and seasonal sales budgets; propose pricing policy.',
      'Set sales department targets, budget, work plans, job descriptions, procedures and appraisal methods.',
      'Review sales performance, costs and competition weekly with the general manager and propose corrective measures.',
      'Maintain long-term relationships with key partners and collect competitor information.',
      'Develop the sales team’s skills and help it reach its targets.',
    ],
    requirements: [
      'College diploma or above.',
      'Strong negotiation, communication and coordination skills.',
      'Proficient in Word, Excel and PowerPoint.',
      '3+ years of sales or direct sales experience; hotel industry background preferred.',
      'Team-building and staff-motivation experience.',
      'Strong execution, sense of responsibility and service awareness.',
    ],
    defaultRoles: ['reservations-agent'],
  },
  {
    code: 'account-manager',
    departmentCode: 'sales',
    title: 'Account Manager',
    titleZh: '客户经理',
    level: 'staff',
    reportsTo: 'sales-manager',
    responsibilities: [
      'Meet assigned group and meeting sales targets; keep existing clients and develop new ones.',
      'Visit existing clients regularly and arrange their rooms, dining, entertainment and meetings.',
      'Sell to groups and business travellers by telephone, visits and mailings; invite clients to tour the hotel.',
      'Sign group and meeting agreements on the hotel’s behalf when authorised, and coordinate their delivery with other departments.',
      'Make sure all banquet and meeting bookings are passed accurately between sales and banquets.',
      'Help finance and front office with group and meeting check-in, credit and checkout.',
      'Keep group and meeting market files and a client database; submit a weekly sales-visit report to the sales manager.',
    ],
    requirements: [
      'College diploma or above.',
      'Strong communication and presentation skills; friendly and proactive.',
      'Resilient under pressure and willing to take on sales targets.',
      'Careful, honest and team-minded.',
    ],
    defaultRoles: ['reservations-agent'],
  },

  // ── Stores ───────────────────────────────────────────────────────────────
  {
    code: 'stores-manager',
    departmentCode: 'stores',
    title: 'Store Department Manager',
    titleZh: '仓库经理',
    level: 'manager',
    reportsTo: 'general-manager',
    responsibilities: [
      'Place accurate orders from stock levels and usage; check orders against deliveries and resolve problems to cut stock-outs.',
      'Check for stock-outs daily and organise replenishment; organise internal transfers and check they are carried out.',
      'Check returns and exchanges daily.',
      'Plan and run rolling stock counts by procedure with correct stock cards; run the monthly full count and explain variances.',
      'Analyse shrinkage, stock turnover, and overstocked or slow-moving items, and resolve them.',
      'Check equipment daily, including cold-room and freezer temperatures; keep the store tidy to the cleaning plan.',
      'Plan monthly consumables and asset purchases; keep department costs within budget.',
      'Check staff attendance to the rota; make the monthly rota and training plan.',
    ],
    requirements: [
      'Stores or inventory management experience.',
      'Familiar with ordering, stock cards, stock counts and shrinkage control.',
      'Able to analyse stock turnover and cost data.',
      'Strong organisational and team-management skills.',
    ],
    defaultRoles: ['storekeeper'],
  },
  {
    code: 'storekeeper',
    departmentCode: 'stores',
    title: 'Storekeeper',
    titleZh: '库管员',
    level: 'staff',
    reportsTo: 'stores-manager',
    responsibilities: [
      'Carry out rolling stock counts by procedure and fill in stock cards correctly.',
      'Replenish stock and report stock-outs.',
      'Record damaged or lost items on loss reports.',
      'Carry out internal transfers, returns and exchanges as instructed.',
      'Keep the store tidy to the cleaning plan and check cold-room temperatures.',
      'Take part in the monthly full stock count.',
    ],
    requirements: [
      'Careful, honest and accurate with counts and records.',
      'Able to follow stock-count and issue procedures.',
      'Basic computer skills.',
      'Physically able to handle goods.',
    ],
    defaultRoles: ['storekeeper'],
  },

  // ── Receiving ────────────────────────────────────────────────────────────
  {
    code: 'receiving-manager',
    departmentCode: 'receiving',
    title: 'Receiving Manager',
    titleZh: '收货部经理',
    level: 'manager',
    reportsTo: 'general-manager',
    responsibilities: [
      'Oversee receiving, replenishment, transfers, returns to suppliers and exchanges daily.',
      'Check order quantities against supplier deliveries; monitor receiving quality and weight deductions under the agreed receiving rules.',
      'Monitor storage-location accuracy, stock status and handling of damaged goods; track them weekly.',
      'Track daily and weekly received and returned quantities and values, and receiving adjustments.',
      'Analyse supplier fulfilment rates and receiving quality problems.',
      'Plan monthly location-accuracy spot checks; analyse monthly shrinkage and location usage.',
      'Organise the monthly receiving count and analyse results.',
      'Track department expenses and plan next month’s spending.',
    ],
    requirements: [
      'Receiving, warehouse or purchasing experience.',
      'Familiar with delivery checks, quality inspection and supplier returns.',
      'Able to analyse receiving and expense data.',
      'Firm, honest and detail-oriented when dealing with suppliers.',
    ],
    defaultRoles: ['storekeeper'],
  },
  {
    code: 'receiving-clerk',
    departmentCode: 'receiving',
    title: 'Receiving Clerk',
    titleZh: '收货员',
    level: 'staff',
    reportsTo: 'receiving-manager',
    responsibilities: [
      'Check supplier deliveries against orders for quantity and quality.',
      'Record received and returned quantities and values accurately.',
      'Process returns to suppliers and exchanges.',
      'Put goods away in the correct storage locations.',
      'Record and set aside damaged goods.',
      'Take part in rolling location counts and the monthly count.',
    ],
    requirements: [
      'Careful and accurate with quantities and paperwork.',
      'Able to judge the quality of goods received.',
      'Honest and dependable.',
      'Physically able to handle deliveries.',
    ],
    defaultRoles: ['storekeeper'],
  },

  // ── Cashier ──────────────────────────────────────────────────────────────
  {
    code: 'cashier-manager',
    departmentCode: 'cashier',
    title: 'Cashier Manager',
    titleZh: '收银部经理',
    level: 'manager',
    reportsTo: 'general-manager',
    responsibilities: [
      'Supervise POS start-up, operation and shut-down; spot-check printers, counterfeit detectors and other counter equipment.',
      'Adjust the number of open cash points to guest traffic and set the next day’s counter schedule.',
      'Hold briefings; check staff grooming, attendance and discipline; handle misconduct.',
      'Receive and handle major guest complaints; analyse complaints and set improvement plans.',
      'Guide staff on collecting floats and invoices; spot-check change, bill settlement, invoicing and daily close.',
      'Check cash overages / shortages and counterfeit notes daily and deal with them promptly.',
      'Analyse scanning and settlement errors and checkout delays; run skills appraisal.',
      'Make rotas and training plans; evaluate staff and submit attendance and reports.',
      'Count consumables monthly and analyse labour efficiency.',
    ],
    requirements: [
      'Cashier supervision experience.',
      'Familiar with POS systems, cash handling, invoicing and daily close.',
      'Able to analyse errors and staffing efficiency.',
      'Strict, honest and detail-oriented.',
    ],
    defaultRoles: ['front-desk'],
  },
  {
    code: 'cashier',
    departmentCode: 'cashier',
    title: 'Cashier',
    titleZh: '收银员',
    level: 'staff',
    reportsTo: 'cashier-manager',
    responsibilities: [
      'Collect the float and invoices at the start of each shift.',
      'Settle bills following procedure and issue invoices correctly.',
      'Keep change properly and arrange change and withdrawals as directed.',
      'Check banknotes and report counterfeits, overages and shortages.',
      'Complete the daily close.',
      'Keep the cash point clean and its equipment in good order.',
    ],
    requirements: [
      'Honest, careful and accurate with cash.',
      'Able to operate a POS and counterfeit detector.',
      'Polite, efficient service manner.',
      'Knowledge of invoicing rules.',
    ],
    defaultRoles: ['front-desk'],
  },
] satisfies readonly CheckedPositionSeed[];

export const POSITIONS: readonly PositionSeed[] = POSITION_SEEDS;
