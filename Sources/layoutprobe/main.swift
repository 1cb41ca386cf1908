import TendCore
print("Ticket", MemoryLayout<Ticket>.size, "TimelineEntry", MemoryLayout<TimelineEntry>.size, "TicketEvent", MemoryLayout<TicketEvent>.size, "Intake", MemoryLayout<Intake>.size, "Resolution?", MemoryLayout<Resolution?>.size)
